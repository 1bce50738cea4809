namespace GeoNeeds.Engine.Publish;

/// <summary>How a count cell is published: the number, or <see cref="SuppressedMark"/> when it is withheld.</summary>
public static class PublishedCount
{
    /// <summary>What a withheld count shows.</summary>
    public const string SuppressedMark = "*";

    /// <summary><paramref name="count"/>, or <see cref="SuppressedMark"/> when <paramref name="hidden"/>.</summary>
    public static object? Cell(double? count, bool hidden) => hidden ? SuppressedMark : count;
}
