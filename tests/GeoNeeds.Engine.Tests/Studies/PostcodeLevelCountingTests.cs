using System.Globalization;
using System.Text;
using GeoNeeds.Engine.Accounting;
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
    public void Points_AtPostcodesOwnPoints_CountInTheirPostcodesDistrict()
    {
        var (folder, _) = Referrals();
        var points = CodePointRows().Where((_, i) => i % 3 == 1).ToList();
        // A point several postcodes share is on the edge of each one's slice, so only points of one postcode are used.
        var unshared = points.GroupBy(p => (p.Easting, p.Northing)).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        File.WriteAllText(Path.Combine(folder, "incidents.csv"),
            "easting,northing,month\n" + string.Concat(unshared.Select(p => $"{p.Easting},{p.Northing},2025-04\n")));
        var path = WriteStudy(folder, districts: true, suppressBelow: 0, inputs: """
            inputs:
              - { name: incidents, files: [incidents.csv], format: columns, columns: { x: easting, y: northing, crs: EPSG:27700, month: month } }
            indicators:
              - { name: incidents, input: incidents, per: 1000 }
            """);

        var result = Study.Run(StudyFile.Load(path));

        // Postcodes whose point lies outside the generalised LSOA boundaries are rejected as outside the study area.
        var account = result.Inputs.Single().Account;
        var outside = account.Rejections.Select(r => r.Line - 2).ToHashSet();
        Assert.InRange(account.Rejected, 0, 5);
        Assert.All(account.Rejections, r => Assert.Equal((RejectionReason.OutsideStudyArea, "the location is in no lsoa area"), (r.Reason, r.Detail)));
        var expected = unshared.Where((_, i) => !outside.Contains(i)).GroupBy(p => p.Postcode.Split(' ')[0]).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key), result.Tables[1].Rows.ToDictionary(r => r.Code, r => r.Indicators[0].Count).Where(d => d.Value > 0).OrderBy(d => d.Key));
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

        var (recovered, withheld) = PostcodePartsAttacker.Run(published, PartsOfLsoas());

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

    /// <summary>Coventry's postcodes in OS Code-Point Open, with their points in British National Grid metres.</summary>
    private static IEnumerable<(string Postcode, string Easting, string Northing)> CodePointRows() =>
        File.ReadLines(SharedData.Require("postcodes/codepoint-open-2014.3/cv.csv")).Select(line => line.Split(',').Select(f => f.Trim('"')).ToArray())
            .Where(f => f[8] == Coventry).Select(f => (f[0], f[2], f[3]));

    private static (string Folder, List<string> Postcodes) Referrals()
    {
        var postcodes = CodePointRows().Select(r => r.Postcode).Where((_, i) => i % 3 == 0).ToList();
        var folder = TestFiles.NewFolder();
        var referrals = new StringBuilder("referral_id,received,postcode\n");
        foreach (var (postcode, i) in postcodes.Select((p, i) => (p, i)))
        {
            referrals.Append(CultureInfo.InvariantCulture, $"R{i},2025-{(i % 12) + 1:00}-01,{postcode}\n");
        }

        File.WriteAllText(Path.Combine(folder, "referrals.csv"), referrals.ToString());
        return (folder, postcodes);
    }

    private const string ReferralInputs = """
        inputs:
          - { name: referrals, type: referrals, files: [referrals.csv], postcode_column: postcode, month_column: received }
        indicators:
          - { name: referrals, input: referrals, per: 10000 }
        """;

    private static string WriteStudy(string folder, bool districts, int suppressBelow, string inputs = ReferralInputs)
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
            output: {"{"} suppress_below: {suppressBelow} {"}"}

            """ + inputs);
        return path;
    }
}
