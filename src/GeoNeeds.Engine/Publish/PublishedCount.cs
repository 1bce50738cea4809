using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Publish;

/// <summary>How a count cell is published: the number, or <see cref="DisclosureDecision.WithheldMark"/> when it is withheld.</summary>
public static class PublishedCount
{
    /// <summary><paramref name="count"/>, or <see cref="DisclosureDecision.WithheldMark"/> when <paramref name="hidden"/>.</summary>
    public static object? Cell(double? count, bool hidden) => hidden ? DisclosureDecision.WithheldMark : count;

    /// <summary>A whole count, kept whole (a database column or a reader's cast stays an integer).</summary>
    public static object Cell(long count, bool hidden) => hidden ? DisclosureDecision.WithheldMark : count;
}
