using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>
/// The bad-input corpus for hostile text, encodings and messages: each case runs <c>geoneeds</c> as a user would
/// and checks the exit code, that the message names the file, line and field (or the option), and that nothing an
/// input carried can drive the terminal.
/// </summary>
public class TextAndMessageCases
{
    private const string Points = "e,n,m,c\n430500,280500,2025-04,a\n431500,280500,2025-04,b\n";

    private static readonly byte[] Workbook = [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, 512).Select(b => (byte)b)];

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["count-points", "--points", "p.csv", "--polygons", "b.geojson", "--suppress-below", "abc"], "error: Option --suppress-below: 'abc' is not a whole number." },
        { ["rates", "--per", "abc"], "error: Option --per: 'abc' is not a number." },
        { ["rates", "--per=abc"], "error: Option --per: 'abc' is not a number." },
        { ["map", "--polygons", "b.geojson", "--values", "v.csv", "--value", "rate", "--k", "x"], "error: Option --k: 'x' is not a whole number." },
        { ["view", ".", "--port", "abc"], "error: Option --port: 'abc' is not a whole number." },
        { ["count-points", "--points", "p.csv", "--polygons", "b.geojson", "--csv-formulas", "maybe"], "error: Option --csv-formulas: 'maybe' is not one of neutralise, keep." },
        { ["rates", "--per"], "error: Option --per: a value is required (a number)." },
        { ["rates", "--per", "5", "--bogus", "1"], "error: Unknown option 'bogus'" },
        { ["count-points", "--points", "p.csv", "--polygons", "b.geojson", "--supress-below", "0"], "error: Unknown option 'supress-below'" },
        { ["view", ".", "--port"], "error: Option --port: a value is required (a whole number)." },
        { ["view", ".", "--host", "192.168.1.20"], "error: --host 192.168.1.20 is refused" },
        { ["asses\u001b]0;pwned\u0007", "study.yaml"], "error: Unknown command 'asses\\x1B]0;pwned\\x07'" },
    };

    /// <summary>Input files that stop a run: the files to write, the arguments, and the message that must name the fault.</summary>
    public static TheoryData<string, string[], string> InputErrors => new()
    {
        { "workbook as points", ["count-points", "--points", "workbook.csv", "--polygons", "squares.geojson", "--code-field", "CODE", "--x", "e", "--y", "n"],
            "workbook.csv: the file looks like a ZIP archive (an Excel .xlsx workbook is one), not CSV text" },
        { "NUL bytes as points", ["count-points", "--points", "nul.csv", "--polygons", "squares.geojson", "--code-field", "CODE", "--x", "e", "--y", "n"],
            "nul.csv: the file looks like binary data (or UTF-16 text without a byte order mark), not CSV text" },
        { "workbook as rates input", ["rates", "--per", "1000", "--in", "book.csv"],
            "book.csv: the file looks like a ZIP archive" },
        { "PDF as marac input", ["marac", "--in", "marac.pdf.csv"],
            "marac.pdf.csv: the file looks like a PDF document, not CSV text" },
        { "gzip as prevalence input", ["prevalence", "--in", "population.csv.gz", "--survey", "csew-2021"],
            "population.csv.gz: the file looks like a gzip-compressed file, not CSV text" },
        { "escape sequences in the header", ["count-points", "--points", "escaped.csv", "--polygons", "squares.geojson", "--code-field", "CODE", "--x", "e", "--y", "n"],
            "escaped.csv:1:e: missing column 'e'; the header has: e\\x1B]0;pwned\\x07, n\\x1B[2J" },
        { "escape sequences in an option's column", ["correlate", "--in", "pairs.csv", "--x", "x\u001b[2J", "--y", "y"],
            "pairs.csv:1:x\\x1B[2J: missing column 'x\\x1B[2J'" },
        { "escape sequences in a file name", ["count-points", "--points", "gone\u001b[2J.csv", "--polygons", "squares.geojson", "--code-field", "CODE"],
            "no file matches 'gone\\x1B[2J.csv'" },
        { "truncated gzip boundaries", ["count-points", "--points", "points.csv", "--polygons", "squares.geojson.gz", "--code-field", "CODE", "--x", "e", "--y", "n"],
            "squares.geojson.gz: the file is truncated or corrupt (not valid gzip to its end)" },
        { "unclosed ring", ["count-points", "--points", "points.csv", "--polygons", "unclosed.geojson", "--code-field", "CODE", "--x", "e", "--y", "n"],
            "unclosed.geojson:2:geometry: feature 2 (X01000002) has a geometry that cannot be built: " },
        { "escape sequences in a study key", ["validate", "study.yaml"], "tit\\x1B[2Jle" },
        { "correlate on a constant column", ["correlate", "--in", "constant.csv", "--x", "x", "--y", "y"],
            "constant.csv:y: the column has no variation (all 3 values are 5), so its correlation with x is undefined" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void UsageError_GoesToStandardErrorNamingTheOptionAndWhatItTakes(string[] args, string message)
    {
        var outcome = new CorpusFolder().With("squares.geojson", CountPointsTests.Squares).Run(args);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal("", outcome.StandardOutput);
        Assert.StartsWith(message, outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", outcome.StandardError, StringComparison.Ordinal);
        CorpusFolder.AssertPrintable(outcome);
    }

    [Theory]
    [MemberData(nameof(InputErrors))]
    public void InputError_ExitsTwoNamingTheFaultWithoutEchoingControlCharacters(string name, string[] args, string message)
    {
        var outcome = Hostile().Run(args);

        Assert.True(outcome.ExitCode == 2, $"{name}: {outcome}");
        Assert.DoesNotContain("error", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(message, outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
        CorpusFolder.AssertPrintable(outcome);
    }

    [Theory]
    [InlineData("neutralise", "'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")", "'@SUM(1+1)")]
    [InlineData("keep", "=HYPERLINK(\"\"http://x\"\",\"\"y\"\")", "@SUM(1+1)")]
    public void Assess_FormulaCategories_AreWrittenAsTheStudySaysAndNumbersNeverChange(string formulas, string hyperlink, string sum)
    {
        var points = "e,n,m,c\n430500,280500,2025-04,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n430600,280500,2025-04,@SUM(1+1)\n431500,280500,2025-04,-3.2\n";
        var study = CorpusFolder.PointsStudy.Replace("output: { suppress_below: 0 }", $"output: {{ suppress_below: 0, csv_formulas: {formulas} }}", StringComparison.Ordinal);
        var folder = Hostile().With("points.csv", points).With("study.yaml", study);

        var outcome = folder.Run("assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(["points"], RunAccounting.AssertEveryInputBalances(Path.Combine(folder.Path, "out")));
        var monthly = folder.Read(Path.Combine("out", "area_monthly.csv"));
        Assert.Contains($"points,X01000001,2025-04,\"{hyperlink}\",1\n", monthly, StringComparison.Ordinal);
        Assert.Contains($"points,X01000001,2025-04,{sum},1\n", monthly, StringComparison.Ordinal);
        Assert.Contains("points,X01000002,2025-04,-3.2,1\n", monthly, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_EscapeSequencesInRejectedFields_ArePrintableInRejectionsAndOnTheTerminal()
    {
        var folder = Hostile().With("points.csv", "e,n,m,c\n\u001b]0;pwned\u0007,280500,2025-04,a\n431500,280500,2025-04,b\n")
            .With("study.yaml", CorpusFolder.PointsStudy);

        var outcome = folder.Run("assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(Path.Combine(folder.Path, "out"));
        var rejections = folder.Read(Path.Combine("out", "rejections.csv"));
        Assert.Contains("points,points.csv,2,e,invalid_coordinate,'\\x1B]0;pwned\\x07' is not a finite number", rejections, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', rejections);
        CorpusFolder.AssertPrintable(outcome);
    }

    [Fact]
    public void Assess_Windows1252Boundaries_AreDecodedWithAWarningOnTheTerminalAndInTheSummary()
    {
        var squares = Encoding.Latin1.GetBytes(CountPointsTests.Squares.Replace("\"CODE\":\"X01000001\"", "\"CODE\":\"X01000001\",\"NAME\":\"Ynys Môn\"", StringComparison.Ordinal));
        var folder = Hostile().With("squares.geojson", squares).With("points.csv", Points).With("study.yaml", CorpusFolder.PointsStudy);

        var outcome = folder.Run("assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(Path.Combine(folder.Path, "out"));
        var warning = "squares.geojson: 1 byte(s) are not valid UTF-8 and were read as Windows-1252 (Latin-1)";
        Assert.Contains(warning, outcome.StandardOutput, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(folder.Read(Path.Combine("out", "run-summary.json")));
        Assert.Contains(summary.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains(warning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("neutralise", "'=e")]
    [InlineData("keep", "=e")]
    public void CountPoints_FormulaLikeColumnInRejections_IsWrittenAsTheFlagSays(string formulas, string field)
    {
        var folder = Hostile().With("formula.csv", "=e,n\nabc,280500\n431500,280500\n");

        var outcome = folder.Run("count-points", "--points", "formula.csv", "--polygons", "squares.geojson", "--code-field", "CODE", "--x", "=e", "--y", "n", "--suppress-below", "0", "--csv-formulas", formulas);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains($"formula.csv,2,{field},invalid_coordinate,'abc' is not a finite number", folder.Read("counts.rejections.csv"), StringComparison.Ordinal);
        Assert.Equal("area_code,count\nX01000001,0\nX01000002,1\nX01000003,0\n", folder.Read("counts.csv"));
    }

    [Theory]
    [InlineData("neutralise", "'=HYPERLINK(\"x\")")]
    [InlineData("keep", "=HYPERLINK(\"x\")")]
    public void Rates_FormulaLikeAreaName_IsWrittenAsTheFlagSays(string formulas, string name)
    {
        var folder = new CorpusFolder().With("counts.csv", "area_code,area_name,count,population\nX01000001,\"=HYPERLINK(\"\"x\"\")\",10,1000\n");

        var outcome = folder.Run("rates", "--in", "counts.csv", "--out", "rates.csv", "--per", "1000", "--csv-formulas", formulas);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var row = folder.Read("rates.csv").Split('\n')[1];
        Assert.StartsWith($"X01000001,\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",10,1000,", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rates")]
    [InlineData("refuge")]
    [InlineData("marac")]
    [InlineData("prevalence")]
    [InlineData("change")]
    [InlineData("hotspots")]
    [InlineData("outcomes")]
    [InlineData("postcode-areas")]
    public void VerbsThatEchoInputText_OfferTheFormulaFlag(string verb)
    {
        var outcome = new CorpusFolder().Run(verb, "--help");

        Assert.Contains("--csv-formulas", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void CountPoints_BrokenInputs_LeaveNoOutputBehind()
    {
        var folder = Hostile();

        var outcome = folder.Run("count-points", "--points", "workbook.csv", "--polygons", "squares.geojson", "--code-field", "CODE", "--x", "e", "--y", "n", "--out", "counts.csv");

        Assert.Equal(2, outcome.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "counts.csv")), outcome.ToString());
    }

    /// <summary>A folder holding every hostile file the cases use, beside good squares and (binary) points.</summary>
    private static CorpusFolder Hostile()
    {
        var squares = CountPointsTests.Squares;
        var gzip = Gzip(squares);
        var unclosed = squares.Replace("[432000,281000],[431000,281000],[431000,280000]]]", "[432000,281000],[431000,281000]]]", StringComparison.Ordinal);
        return new CorpusFolder()
            .With("squares.geojson", squares)
            .With("squares.geojson.gz", gzip[..(gzip.Length / 2)])
            .With("unclosed.geojson", unclosed)
            .With("points.csv", Points)
            .With("workbook.csv", Workbook)
            .With("nul.csv", [.. Encoding.ASCII.GetBytes("e,n\n430500,280500\n"), 0, 0, 0, (byte)'\n'])
            .With("book.csv", Workbook)
            .With("marac.pdf.csv", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"))
            .With("population.csv.gz", Gzip("area_code,sex,age,population\n"))
            .With("escaped.csv", "e\u001b]0;pwned\u0007,n\u001b[2J\n430500,280500\n")
            .With("study.yaml", "tit\u001b[2Jle: x\n")
            .With("pairs.csv", "x,y\n1,2\n2,4\n3,5\n")
            .With("constant.csv", "x,y\n1,5\n2,5\n3,5\n");
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
