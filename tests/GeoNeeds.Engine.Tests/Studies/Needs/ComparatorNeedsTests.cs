using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// Comparator ranking (<c>needs.comparators</c>) on <see cref="StudyFixture"/>: 1,000 residents per LSOA and police
/// rows 12, 12, 0 and 40, so LSOAs 1, 2 and 4 have rates of 12, 12 and 40 per 1,000.
/// </summary>
public class ComparatorNeedsTests
{
    private const string Study = """
        levels:
          - { name: lsoa, boundaries: lsoa.geojson, code_field: LSOA_CODE, name_field: LSOA_NAME }
        population: { path: population.csv, format: age-sex }
        inputs: [{ name: incidents, files: police.csv }]
        indicators: [{ name: violence, input: incidents, per: 1000 }]
        needs:
          comparators: { level: lsoa, areas: [X01000001, X01000002, X01000004] }
        """;

    private static IReadOnlyList<IReadOnlyList<object?>> Run(string study = Study)
    {
        var fixture = new StudyFixture();
        fixture.WritePoliceFile("police.csv", [12, 12, 0, 40]);
        fixture.Write("study.yaml", study);
        return GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml"))).Needs.Single(t => t.FileName == "comparators.csv").Rows;
    }

    [Fact]
    public void Comparators_TiedRates_ShareTheBestRank()
    {
        var rows = Run();

        // Highest rate first: 40 is 1st; the two 12s tie for 2nd of 3.
        Assert.Equal([2, 3, true], rows[0].Skip(7).Take(3));
        Assert.Equal([2, 3, true], rows[1].Skip(7).Take(3));
        Assert.Equal([1, 3, false], rows[2].Skip(7).Take(3));
    }

    [Fact]
    public void Comparators_GroupRate_IsTheListedAreasEventsOverTheirResidents()
    {
        var rows = Run();

        // (12 + 12 + 40) / 3,000 × 1,000.
        Assert.All(rows, row => Assert.Equal(64 / 3.0, (double)row[10]!, 9));
    }

    [Fact]
    public void Comparators_FingertipsComparison_AgainstTheGroupRate()
    {
        var rows = Run();

        // Byar's 95% limits for 12 events: 6.20 to 20.96 per 1,000, wholly below 21.33 → better;
        // for 40: 28.58 to 54.47, wholly above → worse.
        Assert.Equal("better", rows[0][11]);
        Assert.Equal("worse", rows[2][11]);
    }

    [Fact]
    public void Validate_OneArea_NamesTheKey()
    {
        var study = Study.Replace("areas: [X01000001, X01000002, X01000004]", "areas: [X01000001]", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run(study));

        Assert.EndsWith(": needs.comparators.areas: list at least two different area codes to compare", error.Message);
    }
}
