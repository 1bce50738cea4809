using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Postcodes;

/// <summary>Postcodes and where they are, keyed by normalised postcode (read by <see cref="PostcodeLookupReader"/>).</summary>
public sealed class PostcodeLookup
{
    private readonly IReadOnlyDictionary<string, PostcodeLocation> _locations;

    internal PostcodeLookup(IReadOnlyDictionary<string, PostcodeLocation> locations, int skippedRows, IReadOnlyList<InputWarning> warnings)
    {
        _locations = locations;
        SkippedRows = skippedRows;
        Warnings = warnings;
    }

    /// <summary>How many postcodes the lookup holds.</summary>
    public int Count => _locations.Count;

    /// <summary>Every postcode's location, in no particular order.</summary>
    public IEnumerable<PostcodeLocation> Locations => _locations.Values;

    /// <summary>Rows of the source files that were not loaded (postcode not in the UK format, malformed row).</summary>
    public int SkippedRows { get; }

    /// <summary>Why rows were skipped or kept without coordinates, and encoding problems.</summary>
    public IReadOnlyList<InputWarning> Warnings { get; }

    /// <summary>The location of a postcode, or <c>null</c> when the lookup does not have it.</summary>
    /// <param name="normalisedPostcode">A postcode as <see cref="Postcode.TryNormalise"/> writes it; other spellings are normalised first.</param>
    public PostcodeLocation? Find(string normalisedPostcode)
    {
        if (_locations.TryGetValue(normalisedPostcode, out var location))
        {
            return location;
        }

        return Postcode.TryNormalise(normalisedPostcode, out var postcode) ? _locations.GetValueOrDefault(postcode) : null;
    }

    /// <summary>
    /// Combines lookups: for each postcode, what earlier lookups know wins and later ones fill the gaps (e.g.
    /// Code-Point Open gives coordinates and wards, NSPL the LSOA codes). Coordinates are taken as a pair.
    /// </summary>
    public static PostcodeLookup Merge(IEnumerable<PostcodeLookup> lookups)
    {
        var merged = new Dictionary<string, PostcodeLocation>(StringComparer.Ordinal);
        var warnings = new List<InputWarning>();
        var skipped = 0;
        foreach (var lookup in lookups)
        {
            foreach (var (postcode, location) in lookup._locations)
            {
                merged[postcode] = merged.TryGetValue(postcode, out var earlier) ? earlier.FilledFrom(location) : location;
            }

            warnings.AddRange(lookup.Warnings);
            skipped += lookup.SkippedRows;
        }

        return new PostcodeLookup(merged, skipped, warnings);
    }
}
