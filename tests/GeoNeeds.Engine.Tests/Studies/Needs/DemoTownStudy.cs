namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>A study of the committed demo town's LSOAs and wards, postcodes and referrals, for tests of one needs analysis on it.</summary>
internal static class DemoTownStudy
{
    /// <summary>The demo town's data folder.</summary>
    public static string Data => Path.Combine(RepositoryFolder.Path, "data");

    /// <summary>The study file's text with <paramref name="rest"/> (its <c>needs:</c> and any <c>output:</c>) after the inputs.</summary>
    public static string Text(string rest) => $$"""
        levels:
          - { name: lsoa, boundaries: {{Data}}/boundaries/lsoa.geojson, code_field: LSOA_CODE, name_field: LSOA_NAME }
          - { name: ward, boundaries: {{Data}}/boundaries/wards.geojson, code_field: WARD_CODE, name_field: WARD_NAME }
        postcodes: [{ path: {{Data}}/postcodes/postcodes.csv, format: csv }]
        inputs: [{ name: referrals, type: referrals, files: {{Data}}/referrals/referrals.csv, postcode_column: postcode }]
        indicators: [{ name: referrals, input: referrals, per: 10000 }]

        """ + rest;
}
