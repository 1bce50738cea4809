namespace GeoNeeds.Synthetic;

/// <summary>The <c>yes</c>/<c>no</c>/<c>dont_know</c> answers of the service outcome forms.</summary>
internal static class YesNo
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string DontKnow = "dont_know";

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    public static string Of(bool answer) => answer ? Yes : No;

    /// <summary>An answer drawn with the given weights of yes, no and don't know.</summary>
    public static string Draw(Random random, double yes, double no, double dontKnow)
    {
        var draw = random.NextDouble() * (yes + no + dontKnow);
        return draw < yes ? Yes : draw < yes + no ? No : DontKnow;
    }
}
