namespace GeoNeeds.Synthetic;

/// <summary>
/// The children's service forms' two extra answers: whether the child is exposed to domestic abuse at home and
/// whether the child is abused directly, at intake (why they were referred) and at exit (mostly no longer).
/// </summary>
internal static class ChildExposure
{
    /// <summary>The two answers, as the forms' column names.</summary>
    public static readonly IReadOnlyList<string> Columns = ["exposed_to_abuse", "direct_abuse"];

    /// <summary>Exposure at intake: nearly all referred children live with the abuse; about a third are abused directly.</summary>
    public static (string Exposed, string Direct) AtIntake(Random random) =>
        (YesNo.Draw(random, 90, 5, 5), YesNo.Draw(random, 35, 55, 10));

    /// <summary>At exit: of those exposed or abused at intake, about a third still are; few others become so.</summary>
    public static (string Exposed, string Direct) AtExit((string Exposed, string Direct) atIntake, Random random) =>
        (Change(atIntake.Exposed, 0.35, random), Change(atIntake.Direct, 0.30, random));

    private static string Change(string atIntake, double stillShare, Random random) => atIntake == YesNo.Yes
        ? YesNo.Draw(random, stillShare, 0.95 - stillShare, 0.05)
        : YesNo.Draw(random, 0.03, 0.92, 0.05);
}
