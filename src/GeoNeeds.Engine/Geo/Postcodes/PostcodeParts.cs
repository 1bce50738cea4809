namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>The sector and district a postcode belongs to, from the postcode itself.</summary>
public static class PostcodeParts
{
    /// <summary>
    /// The code of <paramref name="postcode"/>'s area at <paramref name="level"/>: the postcode itself, its sector
    /// (<c>CV1 1DD</c> → <c>CV1 1</c>) or its district (<c>CV1</c>).
    /// </summary>
    /// <param name="postcode">A normalised postcode: upper case, one space before the three-character inward code.</param>
    /// <param name="level">The level wanted.</param>
    public static string CodeAt(string postcode, PostcodeLevel level) => level switch
    {
        PostcodeLevel.Sector => postcode[..^2],
        PostcodeLevel.District => postcode[..^4],
        _ => postcode,
    };

    /// <summary>The code at <paramref name="to"/> of an area's code at <paramref name="from"/> (a sector's district: <c>CV1 1</c> → <c>CV1</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is finer than <paramref name="from"/>.</exception>
    public static string Coarsen(string code, PostcodeLevel from, PostcodeLevel to) => (from, to) switch
    {
        _ when from == to => code,
        (PostcodeLevel.Unit, _) => CodeAt(code, to),
        (PostcodeLevel.Sector, PostcodeLevel.District) => code[..^2],
        _ => throw new ArgumentException($"A {from.ToString().ToLowerInvariant()} is not inside a {to.ToString().ToLowerInvariant()}.", nameof(to)),
    };
}
