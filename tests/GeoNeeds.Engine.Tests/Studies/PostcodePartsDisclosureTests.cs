using System.Globalization;
using System.Text;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>
/// Three LSOAs side by side, west to east C, A and B; A's western postcode is in district ZZ1 and its eastern one in
/// ZZ2, C's in ZZ1 and B's in ZZ2. With 2 + 1 referrals in A, 20 in B and 30 in C, ZZ1 (32) minus C (30) would give
/// away the 2 referrals of A's part in ZZ1 unless the parts are protected too.
/// </summary>
public class PostcodePartsDisclosureTests
{
    private static readonly (string Lsoa, string District)[] Parts = [("A", "ZZ1"), ("A", "ZZ2"), ("B", "ZZ2"), ("C", "ZZ1")];

    [Fact]
    public void Attacker_TablesProtectedWithinEachLevelOnly_RecoversTheSmallPart()
    {
        // What line-by-line protection of each table and of the study total alone publishes: A (3) withheld, and B
        // withheld beside it in the sum of the LSOAs; the districts (32 and 21) shown.
        var published = new Dictionary<(string, string, string), long?>
        {
            [("lsoa", "A", "")] = null,
            [("lsoa", "B", "")] = null,
            [("lsoa", "C", "")] = 30,
            [("district", "ZZ1", "")] = 32,
            [("district", "ZZ2", "")] = 21,
        };

        Assert.Contains("part (A, ZZ1, ) = 2 from (district, ZZ1, )", PostcodePartsAttacker.Solve(published, Parts));
    }

    [Fact]
    public void Study_PostcodeDistrictSplittingAnLsoa_SmallPartNotRecoveredByDifferencing()
    {
        var folder = WriteStudy();
        var result = Study.Run(StudyFile.Load(Path.Combine(folder, "study.yaml")));
        var published = TestFiles.NewFolder();
        StudyOutputs.Write(result, published);

        var (recovered, withheld) = PostcodePartsAttacker.Run(published, Parts);

        Assert.Empty(recovered);
        Assert.True(withheld >= 2);
        Assert.Equal(32, result.Tables[1].Rows.Single(r => r.Code == "ZZ1").Indicators[0].Count);
        Assert.True(result.Disclosure.IsSuppressed(CountCellKey.Whole("referrals", "lsoa", "A")));
    }

    private static string WriteStudy()
    {
        var folder = TestFiles.NewFolder();
        string Square(string code, double west)
        {
            var ring = string.Join(",", new[] { (west, 52.40), (west + 0.01, 52.40), (west + 0.01, 52.41), (west, 52.41), (west, 52.40) }
                .Select(c => $"[{Lon(c.Item1)},{Lon(c.Item2)}]"));
            return $$$"""{"type":"Feature","properties":{"code":"{{{code}}}"},"geometry":{"type":"Polygon","coordinates":[[{{{ring}}}]]}}""";
        }

        File.WriteAllText(Path.Combine(folder, "lsoa.geojson"),
            $$"""{"type":"FeatureCollection","features":[{{Square("C", -1.53)}},{{Square("A", -1.52)}},{{Square("B", -1.51)}}]}""");

        var toGrid = CoordinateTransform.Between(CoordinateSystem.Wgs84, CoordinateSystem.BritishNationalGrid);
        var postcodes = new StringBuilder("pcds,easting,northing\n");
        foreach (var (postcode, lon) in new[] { ("ZZ1 2AA", -1.525), ("ZZ1 1AA", -1.517), ("ZZ2 1AA", -1.513), ("ZZ2 2AA", -1.505) })
        {
            var (x, y) = toGrid.Apply(lon, 52.405);
            postcodes.Append(CultureInfo.InvariantCulture, $"{postcode},{x:F1},{y:F1}\n");
        }

        File.WriteAllText(Path.Combine(folder, "postcodes.csv"), postcodes.ToString());
        var referrals = new[] { ("ZZ1 1AA", 2), ("ZZ2 1AA", 1), ("ZZ2 2AA", 20), ("ZZ1 2AA", 30) }
            .SelectMany(r => Enumerable.Repeat(r.Item1, r.Item2)).Select((postcode, i) => $"R{i},{postcode}\n");
        File.WriteAllText(Path.Combine(folder, "referrals.csv"), "referral_id,postcode\n" + string.Concat(referrals));
        File.WriteAllText(Path.Combine(folder, "study.yaml"), """
            title: Three LSOAs and two postcode districts
            levels:
              - { name: lsoa, boundaries: lsoa.geojson, code_field: code }
              - { name: district, kind: postcode_district }
            postcodes:
              - { path: postcodes.csv, format: csv }
            inputs:
              - { name: referrals, type: referrals, files: [referrals.csv], postcode_column: postcode }
            indicators:
              - { name: referrals, input: referrals, per: 1000 }
            output: { suppress_below: 10 }
            """);
        return folder;
    }

    private static string Lon(double value) => value.ToString(CultureInfo.InvariantCulture);
}
