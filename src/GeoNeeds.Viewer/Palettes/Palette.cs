namespace GeoNeeds.Viewer.Palettes;

/// <summary>Whether a scheme runs light to dark (sequential) or dark through light to dark (diverging).</summary>
public enum PaletteKind
{
    Sequential,
    Diverging,
}

/// <summary>A published colour scheme with its colours for each number of classes it defines (from 3 up).</summary>
public sealed record Palette(string Name, PaletteKind Kind, IReadOnlyList<IReadOnlyList<ScottPlot.Color>> ByClassCount)
{
    /// <summary>The fewest classes the scheme defines.</summary>
    public const int FewestClasses = 3;

    /// <summary>The most classes the scheme defines.</summary>
    public int MostClasses => FewestClasses + ByClassCount.Count - 1;

    /// <summary>
    /// The colours for <paramref name="classes"/> classes, lowest class first. One or two classes take the
    /// light and dark ends of the three-class scheme (the middle for a single class).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">More classes than the scheme defines, or fewer than one.</exception>
    public IReadOnlyList<ScottPlot.Color> Colours(int classes)
    {
        if (classes < 1 || classes > MostClasses)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, $"{Name} has colours for 1 to {MostClasses} classes.");
        }

        var three = ByClassCount[0];
        return classes switch
        {
            1 => [three[1]],
            2 => [three[0], three[2]],
            _ => ByClassCount[classes - FewestClasses],
        };
    }
}
