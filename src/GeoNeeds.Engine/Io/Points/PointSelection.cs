namespace GeoNeeds.Engine.Io.Points;

/// <summary>
/// The study's domestic-abuse filter on a point file. Both parts are optional; when both are given a row must
/// satisfy both. Values are compared ignoring case and surrounding spaces.
/// </summary>
public sealed record PointSelection
{
    /// <summary>The values of <see cref="PointColumns.Category"/> to keep, e.g. <c>Violence and sexual offences</c>.</summary>
    public IReadOnlySet<string>? Categories { get; init; }

    /// <summary>A column flagging domestic-abuse rows, e.g. <c>DA_FLAG</c>.</summary>
    public string? FlagColumn { get; init; }

    /// <summary>The values of <see cref="FlagColumn"/> that mean "selected"; <see cref="DefaultFlagValues"/> when not given.</summary>
    public IReadOnlySet<string>? FlagValues { get; init; }

    /// <summary>Y, YES, TRUE and 1: how flag columns are usually written.</summary>
    public static IReadOnlySet<string> DefaultFlagValues { get; } = new HashSet<string>(["Y", "YES", "TRUE", "1"], StringComparer.OrdinalIgnoreCase);
}
