using GeoNeeds.Engine.Studies;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// Referrals with a sex on <see cref="StudyFixture"/>: the west ward (LSOA 1) has 20 F, 3 M and 6 without a value;
/// the east ward (LSOA 3) 10 F, 7 M and 8 without.
/// </summary>
internal static class ReferralSexFixture
{
    /// <summary>The study's levels, population, postcodes, referrals input and indicator; a test adds its <c>needs:</c>.</summary>
    public const string Study = """
        levels:
          - { name: lsoa, boundaries: lsoa.geojson, code_field: LSOA_CODE, name_field: LSOA_NAME }
          - { name: ward, boundaries: wards.geojson, code_field: WARD_CODE, name_field: WARD_NAME }
        population: { path: population.csv, format: age-sex }
        postcodes: [{ path: postcodes.csv, format: csv }]
        inputs: [{ name: referrals, type: referrals, files: referrals.csv, postcode_column: postcode, month_column: received }]
        indicators: [{ name: referrals, input: referrals, per: 1000 }]

        """;

    /// <summary>Runs <paramref name="study"/> on the referrals and returns its needs table <paramref name="fileName"/>.</summary>
    public static NeedsTable Run(string study, string fileName)
    {
        var fixture = new StudyFixture();
        fixture.Write("postcodes.csv", "pcds,easting,northing,lsoa_code\nZZ1 1AA,430500,280500,X01000001\nZZ1 3AA,432500,280500,X01000003\n");
        var rows = new[] { ("ZZ1 1AA", "F", 20), ("ZZ1 1AA", "M", 3), ("ZZ1 1AA", "", 6), ("ZZ1 3AA", "F", 10), ("ZZ1 3AA", "M", 7), ("ZZ1 3AA", "", 8) }
            .SelectMany(r => Enumerable.Repeat($"2025-04-01,{r.Item1},{r.Item2}", r.Item3));
        fixture.Write("referrals.csv", "received,postcode,sex\n" + string.Join("\n", rows) + "\n");
        fixture.Write("study.yaml", study);
        return GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml"))).Needs.Single(t => t.FileName == fileName);
    }
}
