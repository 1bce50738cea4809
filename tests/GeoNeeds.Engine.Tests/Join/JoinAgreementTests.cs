using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

public class JoinAgreementTests
{
    // Five rows (area found by location, area the source coded): (A, A), (A, B), (B, A), (B, B), (C, B). By hand:
    // 2 of 5 rows agree (0.4); by area, located A 2, B 2, C 1 against coded A 2, B 3, so min(2, 2) + min(3, 2) = 4 of
    // the 5 counted rows are in the right area's count (0.8).
    private static readonly (string Spatial, string Coded)[] Rows = [("A", "A"), ("A", "B"), ("B", "A"), ("B", "B"), ("C", "B")];

    [Fact]
    public void Compare_FiveRows_GivesRowAndCountAgreement()
    {
        var agreement = new JoinAgreement();

        foreach (var (spatial, coded) in Rows)
        {
            agreement.Compare(spatial, coded);
        }

        Assert.Equal((5L, 2L), (agreement.Compared, agreement.Agreed));
        Assert.Equal(0.4, agreement.RowAgreement!.Value, 1e-12);
        Assert.Equal(0.8, agreement.CountAgreement!.Value, 1e-12);
    }

    [Fact]
    public void Compare_CodesDifferingOnlyInCase_DoNotAgree()
    {
        var agreement = new JoinAgreement();

        agreement.Compare("E01000001", "e01000001");

        Assert.Equal((1L, 0L, 0.0, 0.0), (agreement.Compared, agreement.Agreed, agreement.RowAgreement, agreement.CountAgreement));
    }

    [Fact]
    public void NothingCompared_LeavesBothAgreementsNull()
    {
        var agreement = new JoinAgreement();

        Assert.Null(agreement.RowAgreement);
        Assert.Null(agreement.CountAgreement);
    }

    [Fact]
    public void Add_TalliesOfSomeRows_CombineWithRowsComparedOneByOne()
    {
        var agreement = new JoinAgreement();
        agreement.Compare("A", "A");
        agreement.Compare("A", "B");

        // The other three rows, as a batch's tallies.
        agreement.Add(3, 1, [("B", 2), ("C", 1)], [("A", 1), ("B", 2)]);

        Assert.Equal((5L, 2L), (agreement.Compared, agreement.Agreed));
        Assert.Equal(0.4, agreement.RowAgreement!.Value, 1e-12);
        Assert.Equal(0.8, agreement.CountAgreement!.Value, 1e-12);
    }
}
