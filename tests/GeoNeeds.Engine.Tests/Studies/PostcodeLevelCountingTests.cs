using System.Globalization;
using System.Text;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Join;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Studies;
using Xunit.Abstractions;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>
/// Referrals with a third of Coventry's real postcodes (OS Code-Point Open 2014) in a study with a postcode district
/// level cut to the LSOAs; skipped without ../shared/data.
/// </summary>
public class PostcodeLevelCountingTests(ITestOutputHelper output)
{
    private const string Coventry = "E08000026";

    [SkippableFact]
    public void Referrals_WithPostcodeDistrictLevel_CountInTheirOwnDistrict()
    {
        var (folder, postcodes) = Referrals();

        var result = Study.Run(StudyFile.Load(WriteStudy(folder, districts: true, suppressBelow: 0)));

        var input = result.Inputs.Single();
        Assert.Equal(postcodes.Count, input.Account.Matched);
        var expected = postcodes.GroupBy(p => p.Split(' ')[0]).ToDictionary(g => g.Key, g => (long)g.Count());
        var districts = result.Tables[1].Rows.ToDictionary(r => r.Code, r => r.Indicators[0].Count);
        output.WriteLine(string.Join(", ", districts.Select(d => $"{d.Key} {d.Value}")));
        Assert.Equal(expected.OrderBy(e => e.Key), districts.Where(d => d.Value > 0).OrderBy(d => d.Key));
        // CV8's only Coventry postcodes share a point with CV1 postcodes; their referrals still count in CV8.
        Assert.Equal(2, districts["CV8"]);
    }

    [SkippableFact]
    public void Lsoas_WithPostcodeDistrictLevel_KeepTheirCountsAndPopulation()
    {
        var (folder, _) = Referrals();

        var split = Study.Run(StudyFile.Load(WriteStudy(folder, districts: true, suppressBelow: 0)));
        var whole = Study.Run(StudyFile.Load(WriteStudy(folder, districts: false, suppressBelow: 0)));

        Assert.Equal(whole.Tables[0].Rows.Select(r => (r.Code, r.Population, r.Indicators[0].Count)),
            split.Tables[0].Rows.Select(r => (r.Code, r.Population, r.Indicators[0].Count)));
        // Each LSOA's population (IoD 2019 File_6) is shared among its districts by postcode count in whole residents.
        var populations = split.Tables[1].Rows.Select(r => r.Population!.Value).ToList();
        Assert.Equal(344_288, populations.Sum());
        Assert.All(populations, p => Assert.True(p > 0 && p == Math.Floor(p), $"{p}"));
    }

    [SkippableFact]
    public void PostcodeDistrictLevel_SmallCountsOfLsoasAndDistricts_NoneRecoveredThroughTheirParts()
    {
        var (folder, _) = Referrals();
        var result = Study.Run(StudyFile.Load(WriteStudy(folder, districts: true, suppressBelow: 10)));
        var published = TestFiles.NewFolder();
        StudyOutputs.Write(result, published);

        var (recovered, withheld) = PartsAttack.Run(published, PartsOfLsoas());

        output.WriteLine($"{withheld} counts withheld; recovered: {string.Join("; ", recovered.Take(10))}");
        Assert.True(withheld > 0);
        Assert.Empty(recovered);
        Assert.True(result.Disclosure.IsSuppressed(CountCellKey.Whole("referrals", "district", "CV8")));
    }

    /// <summary>Which districts each LSOA's postcodes lie in: what anyone with the open postcode file can work out.</summary>
    private static IReadOnlyList<(string Lsoa, string District)> PartsOfLsoas()
    {
        var lsoas = BoundaryReader.Read(SharedData.Require("boundaries/lsoa11_E08000026.geojson"), new BoundaryReadOptions { LayerName = "lsoa", CodeField = "LSOA11CD" });
        var lookup = PostcodeLookupReader.ReadCodePoint(SharedData.Require("postcodes/codepoint-open-2014.3/cv.csv"), null);
        var units = PostcodeAreaBuilder.Build(PostcodeCentroids.From(lookup).Points, lsoas, PostcodeLevel.Unit);
        return
        [
            .. units.Members.Select(m => (m.ClipCode, PostcodeParts.CodeAt(m.Postcode, PostcodeLevel.District)))
                .Concat(units.EmptyClipAreas.Select(e => (e.Key, PostcodeParts.CodeAt(e.Value, PostcodeLevel.District))))
                .Distinct(),
        ];
    }

    private static (string Folder, List<string> Postcodes) Referrals()
    {
        var codePoint = SharedData.Require("postcodes/codepoint-open-2014.3/cv.csv");
        var postcodes = File.ReadLines(codePoint).Select(line => line.Split(',').Select(f => f.Trim('"')).ToArray())
            .Where(f => f[8] == Coventry).Select(f => f[0]).Where((_, i) => i % 3 == 0).ToList();
        var folder = TestFiles.NewFolder();
        var referrals = new StringBuilder("referral_id,received,postcode\n");
        foreach (var (postcode, i) in postcodes.Select((p, i) => (p, i)))
        {
            referrals.Append(CultureInfo.InvariantCulture, $"R{i},2025-{(i % 12) + 1:00}-01,{postcode}\n");
        }

        File.WriteAllText(Path.Combine(folder, "referrals.csv"), referrals.ToString());
        return (folder, postcodes);
    }

    private static string WriteStudy(string folder, bool districts, int suppressBelow)
    {
        var path = Path.Combine(folder, districts ? "districts.yaml" : "lsoas.yaml");
        File.WriteAllText(path, $"""
            title: Coventry referrals by postcode district (test)
            levels:
              - name: lsoa
                boundaries: {SharedData.Require("boundaries/lsoa11_E08000026.geojson")}
                code_field: LSOA11CD
            {(districts ? "  - { name: district, kind: postcode_district }" : "")}
            postcodes:
              - {"{"} path: {SharedData.Require("postcodes/codepoint-open-2014.3/cv.csv")}, format: code-point {"}"}
            population: {"{"} path: {SharedData.Require("population/File_6_-_IoD2019_Population_Denominators.csv")}, format: iod2019 {"}"}
            inputs:
              - {"{"} name: referrals, type: referrals, files: [referrals.csv], postcode_column: postcode, month_column: received {"}"}
            indicators:
              - {"{"} name: referrals, input: referrals, per: 10000 {"}"}
            output: {"{"} suppress_below: {suppressBelow} {"}"}
            """);
        return path;
    }

    /// <summary>
    /// A reader who knows which districts each LSOA's postcodes lie in, so that each LSOA's and each district's count
    /// (whole and month by month) is a sum of unknown LSOA × district parts, and solves those sums one at a time:
    /// a sum with one unknown part gives it away, and a withheld count whose parts are all known is recovered.
    /// </summary>
    private static class PartsAttack
    {
        public static (List<string> Recovered, int Withheld) Run(string folder, IReadOnlyList<(string Lsoa, string District)> parts)
        {
            var published = new Dictionary<(string Level, string Area, string Month), long?>();
            foreach (var level in new[] { "lsoa", "district" })
            {
                foreach (var row in CsvRows.Read(Path.Combine(folder, $"{level}.csv")))
                {
                    published[(level, row["area_code"], "")] = Count(row["referrals_count"]);
                }

                foreach (var row in CsvRows.Read(Path.Combine(folder, $"{level}_monthly.csv")))
                {
                    published[(level, row["area_code"], row["month"])] = Count(row["count"]);
                }
            }

            var months = published.Keys.Select(k => k.Month).Distinct().ToList();
            var sums = months.SelectMany(month => published.Keys.Where(k => k.Month == month).Select(k => (Total: k,
                Parts: parts.Where(p => (k.Level == "lsoa" ? p.Lsoa : p.District) == k.Area).Select(p => (p.Lsoa, p.District, month)).ToList()))).ToList();
            var known = new Dictionary<(string, string, string), long>();
            var recovered = new List<string>();
            for (var progress = true; progress;)
            {
                progress = false;
                foreach (var (total, members) in sums)
                {
                    var unknown = members.Where(m => !known.ContainsKey(m)).ToList();
                    var value = published[total];
                    if (value is { } shown && unknown.Count == 1)
                    {
                        known[unknown[0]] = shown - members.Where(known.ContainsKey).Sum(m => known[m]);
                        progress = true;
                        if (known[unknown[0]] is > 0 and < 10)
                        {
                            recovered.Add($"part {unknown[0]} = {known[unknown[0]]} from {total}");
                        }
                    }
                    else if (value is null && unknown.Count == 0 && members.Sum(m => known[m]) is var sum && !recovered.Contains($"{total} = {sum}"))
                    {
                        recovered.Add($"{total} = {sum}");
                    }
                }
            }

            return (recovered, published.Values.Count(v => v is null));
        }

        private static long? Count(string text) => text == "*" ? null : long.Parse(text, CultureInfo.InvariantCulture);
    }
}
