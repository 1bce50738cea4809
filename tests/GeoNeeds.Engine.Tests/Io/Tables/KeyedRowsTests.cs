using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Tests.Io.Tables;

public class KeyedRowsTests
{
    [Fact]
    public void Add_DuplicateKey_ThrowsAtTheSecondLineNamingTheFirst()
    {
        using var table = CsvTable.Open(TestFiles.Write("t.csv", "code,value\n"));
        var code = table.Column("code");
        var rows = new KeyedRows<int>(table, code);
        rows.Add("X01000001", 5, 2);

        var error = Assert.Throws<InputDataException>(() => rows.Add("X01000001", 5, 7));

        Assert.Equal($"{table.File}:7:code: duplicate 'X01000001' (first on line 2)", error.Message);
    }

    [Fact]
    public void Add_IdenticalRepeatWhereAllowed_IsKeptOnce()
    {
        using var table = CsvTable.Open(TestFiles.Write("t.csv", "code,value\n"));
        var code = table.Column("code");
        var rows = new KeyedRows<string>(table, code, allowIdenticalRepeats: true);
        rows.Add("X01000001", "X05000001", 2);

        rows.Add("X01000001", "X05000001", 3);

        Assert.Equal(1, rows.Count);
    }

    [Fact]
    public void Add_ConflictingRepeatWhereRepeatsAllowed_Throws()
    {
        using var table = CsvTable.Open(TestFiles.Write("t.csv", "code,value\n"));
        var code = table.Column("code");
        var rows = new KeyedRows<string>(table, code, allowIdenticalRepeats: true);
        rows.Add("X01000001", "X05000001", 2);

        var error = Assert.Throws<InputDataException>(() => rows.Add("X01000001", "X05000002", 3));

        Assert.Equal($"{table.File}:3:code: 'X01000001' is listed again with different values (first on line 2)", error.Message);
    }
}
