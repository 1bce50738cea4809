using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MathNet.Numerics.Statistics;

namespace GeoNeeds.Synthetic.Tests;

[Collection(GeneratedDemoTownCollection.Name)]
public class DemoTablesTests(GeneratedDemoTown town)
{
    private static readonly Regex RealOnsCode = new("(?<![A-Za-z0-9])[EW]0[0-9]{7}(?![0-9])");

    [Fact]
    public void Population_DefaultSeed_HasEveryAgeAndSexForEveryLsoaWithRealisticTotals()
    {
        var rows = CsvRows.Read(town.Files.PopulationByAgeSex);
        var totals = rows.GroupBy(row => row["area_code"]).ToDictionary(g => g.Key, g => g.Sum(row => int.Parse(row["population"], CultureInfo.InvariantCulture)));

        // 100 LSOAs × 2 sexes × 91 ages (0..89 and 90+).
        Assert.Equal(100 * 2 * 91, rows.Count);
        Assert.Equal(town.Lsoas.Select(l => l.Code).Order(StringComparer.Ordinal), totals.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows, row => Assert.True(int.Parse(row["population"], CultureInfo.InvariantCulture) >= 0));
        Assert.All(totals.Values, total => Assert.InRange(total, 1_100, 2_300));
        Assert.Equal(["90+"], rows.Select(row => row["age"]).Where(age => !int.TryParse(age, out _)).Distinct());
    }

    [Fact]
    public void Population_DefaultSeed_IsYoungerInTheMostDeprivedLsoas()
    {
        var decile = CsvRows.Read(town.Files.Deprivation)
            .ToDictionary(row => row["LSOA code (2011)"], row => int.Parse(row["Index of Multiple Deprivation (IMD) Decile"], CultureInfo.InvariantCulture));
        var childShare = CsvRows.Read(town.Files.PopulationByAgeSex).GroupBy(row => row["area_code"]).ToDictionary(
            g => g.Key,
            g => (double)g.Where(row => int.TryParse(row["age"], out var age) && age < 16).Sum(row => int.Parse(row["population"], CultureInfo.InvariantCulture))
                / g.Sum(row => int.Parse(row["population"], CultureInfo.InvariantCulture)));

        var deprived = childShare.Where(pair => decile[pair.Key] <= 3).Average(pair => pair.Value);
        var affluent = childShare.Where(pair => decile[pair.Key] >= 8).Average(pair => pair.Value);

        // The generator raises the weight of ages 0-15 by up to 20% in the most deprived LSOAs and lowers it
        // as much in the least, so the under-16 share should differ by a few percentage points.
        Assert.True(deprived > affluent + 0.01, $"under-16 share {deprived:P1} in deciles 1-3 vs {affluent:P1} in deciles 8-10");
    }

    [Fact]
    public void Deprivation_DefaultSeed_IsInTheMhclgFile1LayoutWithByteOrderMarkAndQuotedThousands()
    {
        var bytes = File.ReadAllBytes(town.Files.Deprivation);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n');

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            "LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),"
            + "Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile",
            lines[0]);
        Assert.All(lines.Skip(1).Where(line => line.Length > 0), line =>
            Assert.Matches(@"^X01\d{6},Saltmere \d{3}[A-Z],X06000001,Saltmere,(\d{1,3}|""\d{1,2},\d{3}""),(10|[1-9])$", line));
        Assert.Contains(lines, line => line.Contains("\",", StringComparison.Ordinal));
    }

    [Fact]
    public void Deprivation_DefaultSeed_DecilesMatchRanksAndMostDecilesOccur()
    {
        var rows = CsvRows.Read(town.Files.Deprivation);
        var ranks = rows.Select(row => int.Parse(row["Index of Multiple Deprivation (IMD) Rank"], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        var deciles = rows.Select(row => int.Parse(row["Index of Multiple Deprivation (IMD) Decile"], CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(ranks.Count, ranks.Distinct().Count());
        Assert.All(ranks.Zip(deciles), pair => Assert.Equal((int)Math.Ceiling(pair.First / 3_284.4m), pair.Second));
        Assert.True(deciles.Distinct().Count() >= 8, $"only deciles {string.Join(",", deciles.Distinct().Order())} occur");
    }

    [Fact]
    public void PoliceIncidents_DefaultSeed_RateFallsAsDecileRises()
    {
        var population = CsvRows.Read(town.Files.PopulationByAgeSex)
            .GroupBy(row => row["area_code"]).ToDictionary(g => g.Key, g => g.Sum(row => double.Parse(row["population"], CultureInfo.InvariantCulture)));
        var decile = CsvRows.Read(town.Files.Deprivation)
            .ToDictionary(row => row["LSOA code (2011)"], row => double.Parse(row["Index of Multiple Deprivation (IMD) Decile"], CultureInfo.InvariantCulture));
        var incidents = town.Files.PoliceIncidents.SelectMany(CsvRows.Read)
            .Where(row => row["LSOA code"].Length > 0)
            .GroupBy(row => row["LSOA code"]).ToDictionary(g => g.Key, g => (double)g.Count());
        var codes = decile.Keys.Order(StringComparer.Ordinal).ToList();

        // Spearman's rho between decile and incidents per resident: strongly negative by design (the generator
        // weights LSOAs by e^(1.4 × deprivation)); the brief asks for a relation stronger than 0.5.
        var rho = Correlation.Spearman(codes.Select(c => decile[c]), codes.Select(c => incidents.GetValueOrDefault(c) / population[c]));

        Assert.True(rho < -0.5, $"Spearman rho = {rho:F3}");
    }

    [Fact]
    public void PoliceIncidents_DefaultSeed_EachMonthlyFileHoldsItsMonthAndTheDemoYearSumsToAboutTwentyThousand()
    {
        var months = town.Files.PoliceIncidents.Select(path => (Month: Path.GetFileName(path)[..7], Rows: CsvRows.Read(path))).ToList();
        var demoYear = months.Skip(24).Sum(m => m.Rows.Count);

        Assert.All(months, m => Assert.All(m.Rows, row => Assert.Equal(m.Month, row["Month"])));
        Assert.Equal(months.Sum(m => m.Rows.Count), town.Files.PoliceIncidents.Sum(path => File.ReadAllLines(path).Length - 1));
        Assert.InRange(demoYear, 19_000, 21_000);
        Assert.True(months.Max(m => m.Rows.Count) > 1.1 * months.Min(m => m.Rows.Count), "no seasonal pattern");
    }

    [Fact]
    public void PoliceIncidents_DefaultSeed_YearsRiseWithTheDemoTrend()
    {
        var years = town.Files.PoliceIncidents.Select(path => CsvRows.Read(path).Count).Chunk(12).Select(y => y.Sum()).ToList();

        // +0.6% a month compounds to about 7-8% a year: the default seed gives 17,145, 18,575 and 19,878 rows.
        Assert.Equal([17_145, 18_575, 19_878], years);
    }

    [Fact]
    public void GeneratedFiles_DefaultSeed_NeverHoldARealOnsCode()
    {
        Assert.All(Directory.EnumerateFiles(town.Folder, "*", SearchOption.AllDirectories), path =>
        {
            var match = RealOnsCode.Match(File.ReadAllText(path));
            Assert.False(match.Success, $"{Path.GetFileName(path)} holds '{match.Value}', which looks like a real ONS code");
        });
    }

    [Fact]
    public void GeneratedFiles_DefaultSeed_AreEachUnderTwoMegabytes()
    {
        Assert.All(Directory.EnumerateFiles(town.Folder, "*", SearchOption.AllDirectories), path =>
            Assert.True(new FileInfo(path).Length < 2 * 1024 * 1024, $"{Path.GetFileName(path)} is {new FileInfo(path).Length:N0} bytes"));
    }

    [Fact]
    public void GeneratedFiles_DefaultSeed_UseUnixLineEndings()
    {
        Assert.All(Directory.EnumerateFiles(town.Folder, "*", SearchOption.AllDirectories), path =>
            Assert.DoesNotContain("\r", File.ReadAllText(path), StringComparison.Ordinal));
    }
}
