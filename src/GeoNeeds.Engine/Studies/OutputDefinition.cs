namespace GeoNeeds.Engine.Studies;

/// <summary>Where and how outputs are written.</summary>
public sealed class OutputDefinition
{
    /// <summary>Output folder; the command line's <c>--out</c> overrides it.</summary>
    public string Folder { get; set; } = "out";

    /// <summary>Decimal places of GeoJSON coordinates (6 ≈ 0.1 m).</summary>
    public int Decimals { get; set; } = 6;

    /// <summary>
    /// Counts from 1 up to this value minus one are suppressed (shown as <c>*</c>) in every output, with the
    /// rates built on them; 0 turns suppression off. Default 5: counts 1–4 are suppressed.
    /// </summary>
    public int SuppressBelow { get; set; } = Export.SmallCountSuppression.DefaultThreshold;

    /// <summary>A database schema to write the level tables to, with their boundaries, besides the files.</summary>
    public string? DatabaseSchema { get; set; }
}
