namespace GeoNeeds.Engine.Outcomes;

/// <summary>The number of contacts with a client, in the bands outcome reports publish.</summary>
public static class ContactBand
{
    /// <summary>The bands, fewest first; <c>0</c> is kept as its own band rather than dropped.</summary>
    public static IReadOnlyList<string> All { get; } = ["0", "1-5", "6-10", "11-20", "21-34", "35+"];

    /// <summary>The band of <paramref name="contacts"/>; <c>null</c> when not recorded.</summary>
    public static string? Of(int? contacts) => contacts switch
    {
        null => null,
        0 => All[0],
        <= 5 => All[1],
        <= 10 => All[2],
        <= 20 => All[3],
        <= 34 => All[4],
        _ => All[5],
    };
}
