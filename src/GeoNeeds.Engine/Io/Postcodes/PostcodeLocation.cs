using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Io.Postcodes;

/// <summary>What a postcode lookup knows about one postcode. Any part may be missing.</summary>
/// <param name="Postcode">The normalised postcode (<see cref="Postcodes.Postcode.TryNormalise"/>).</param>
/// <param name="X">Longitude or easting of the postcode's representative point.</param>
/// <param name="Y">Latitude or northing.</param>
/// <param name="CoordinateSystem">The system of <paramref name="X"/>/<paramref name="Y"/>; <c>null</c> when there are no coordinates.</param>
/// <param name="LsoaCode">The LSOA the lookup assigns (2011 or 2021, whichever the lookup holds).</param>
/// <param name="WardCode">The electoral ward the lookup assigns.</param>
public sealed record PostcodeLocation(string Postcode, double? X, double? Y, CoordinateSystem? CoordinateSystem, string? LsoaCode, string? WardCode)
{
    /// <summary>Whether the lookup marks the postcode terminated (ONSPD/NSPL <c>doterm</c> filled in).</summary>
    public bool Terminated { get; init; }

    /// <summary>The postcode's residents, when the lookup gives them (a <c>population</c> column).</summary>
    public double? Population { get; init; }

    /// <summary>Whether the location has coordinates.</summary>
    public bool HasCoordinates => X is not null && Y is not null && CoordinateSystem is not null;

    /// <summary>
    /// This location with its missing parts taken from <paramref name="other"/> (coordinates as a whole); terminated
    /// when either says so.
    /// </summary>
    internal PostcodeLocation FilledFrom(PostcodeLocation other)
    {
        var located = HasCoordinates ? this : this with { X = other.X, Y = other.Y, CoordinateSystem = other.CoordinateSystem };
        return located with
        {
            LsoaCode = LsoaCode ?? other.LsoaCode,
            WardCode = WardCode ?? other.WardCode,
            Terminated = Terminated || other.Terminated,
            Population = Population ?? other.Population,
        };
    }
}
