using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Io.Postcodes;

/// <summary>
/// Column names of a postcode lookup CSV, for files whose names <see cref="PostcodeLookupReader.ReadCsv"/> does not
/// recognise. Columns left <c>null</c> are detected as usual.
/// </summary>
public sealed record PostcodeLookupColumns
{
    /// <summary>The postcode column.</summary>
    public string? Postcode { get; init; }

    /// <summary>Longitude or easting; give <see cref="Y"/> and <see cref="CoordinateSystem"/> with it.</summary>
    public string? X { get; init; }

    /// <summary>Latitude or northing.</summary>
    public string? Y { get; init; }

    /// <summary>The system of <see cref="X"/>/<see cref="Y"/>.</summary>
    public CoordinateSystem? CoordinateSystem { get; init; }

    /// <summary>The LSOA code column.</summary>
    public string? LsoaCode { get; init; }

    /// <summary>The ward code column.</summary>
    public string? WardCode { get; init; }

    /// <summary>The date of termination column (empty for live postcodes).</summary>
    public string? Terminated { get; init; }

    /// <summary>The postcode's population column.</summary>
    public string? Population { get; init; }
}
