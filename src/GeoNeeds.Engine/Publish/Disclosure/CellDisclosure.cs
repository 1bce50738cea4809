namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>Whether a published count is shown, and if not, why.</summary>
public enum CellDisclosure
{
    /// <summary>Published as it is.</summary>
    Shown,

    /// <summary>Withheld because it is itself a small count (1 to threshold − 1).</summary>
    Primary,

    /// <summary>Withheld so that no small count can be worked out from the figures shown.</summary>
    Complementary,
}
