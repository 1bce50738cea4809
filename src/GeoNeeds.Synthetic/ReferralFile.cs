namespace GeoNeeds.Synthetic;

/// <summary>
/// Writes a domestic-abuse service's referral log: about 3,000 referrals by postcode, more from deprived
/// LSOAs, with postcodes typed the way real referral forms hold them.
/// </summary>
/// <remarks>
/// About 10% of postcodes are messy but recoverable (case, spacing), about 1% are unusable ("N/A", a bare
/// district, blank) and about 1% are well formed but missing from the postcode lookup.
/// </remarks>
internal static class ReferralFile
{
    public const string Header = "referral_id,received,postcode,age_band,sex,risk_level,repeat_referral";

    private const int RowCount = 3_000;
    private const double MessyShare = 0.10;
    private const double MalformedShare = 0.01;
    private const double UnlistedShare = 0.01;

    private static readonly string[] Malformed = ["ZZ3", "N/A", "", "unknown", "ZZ3 7Q", "ZZ37", "not given"];

    // Age bands of the Crime Survey for England and Wales domestic-abuse tables, weighted towards 20–44 as
    // referrals to services are.
    private static readonly WeightedChoice<string> AgeBands = new(
        [("16-19", 6), ("20-24", 14), ("25-34", 31), ("35-44", 24), ("45-54", 14), ("55-59", 5), ("60-74", 4.5), ("75+", 1.5)]);

    private static readonly WeightedChoice<string> Sexes = new([("F", 88), ("M", 12)]);

    private static readonly (string Level, double Share, double RepeatShare)[] RiskLevels =
        [("standard", 52, 0.18), ("medium", 32, 0.27), ("high", 16, 0.40)];

    public static string Write(string path, IReadOnlyList<FakePostcode> postcodes, DemoTownModel town, Random random)
    {
        var byDeprivation = PostcodeDirectory.ByDeprivation(postcodes, town);
        var risks = new WeightedChoice<(string Level, double Share, double RepeatShare)>(RiskLevels.Select(r => (r, r.Share)));
        var listed = postcodes.Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        var referrals = new List<string[]>();
        for (var row = 0; row < RowCount; row++)
        {
            var received = DemoCalendar.DrawDate(random);
            var risk = risks.Draw(random);
            referrals.Add(
            [
                received, Postcode(byDeprivation.Draw(random), listed, random), AgeBands.Draw(random), Sexes.Draw(random), risk.Level,
                RandomDraws.Chance(random, risk.RepeatShare) ? "yes" : "no",
            ]);
        }

        var rows = referrals.OrderBy(r => r[0], StringComparer.Ordinal).Select((r, i) => r.Prepend($"REF{i + 1:D5}"));
        return DemoCsv.Write(path, Header, rows);
    }

    private static string Postcode(FakePostcode home, IReadOnlySet<string> listed, Random random)
    {
        var draw = random.NextDouble();
        if (draw < MalformedShare)
        {
            return RandomDraws.OneOf(random, Malformed);
        }

        if (draw < MalformedShare + UnlistedShare)
        {
            return PostcodeDirectory.Unused(home.Text[2] - '0', listed, random);
        }

        return draw < MalformedShare + UnlistedShare + MessyShare ? Messy(home.Text, random) : home.Text;
    }

    /// <summary>The postcode as someone might type it: lower case, no space, a double space or stray spaces.</summary>
    private static string Messy(string postcode, Random random) => random.Next(5) switch
    {
        0 => postcode.ToLowerInvariant(),
        1 => postcode.Replace(" ", "", StringComparison.Ordinal),
        2 => postcode.Replace(" ", "  ", StringComparison.Ordinal),
        3 => $" {postcode} ",
        _ => postcode.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant(),
    };
}
