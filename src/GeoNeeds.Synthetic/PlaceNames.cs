namespace GeoNeeds.Synthetic;

/// <summary>
/// Invented names for the demo town, its wards, streets and police force: seaside words that should not be
/// mistaken for real places.
/// </summary>
internal static class PlaceNames
{
    /// <summary>The town and its local authority.</summary>
    public const string Town = "Saltmere";

    /// <summary>The invented police force named in both police.uk force columns.</summary>
    public const string Force = "Saltmere Constabulary";

    public static readonly IReadOnlyList<string> Wards =
    [
        "Old Harbour", "Kelpstrand", "Gullrise", "Brinecombe", "Tidewell", "Shinglebank", "Spindrift Park",
        "Netherdune", "Cormorant Rise", "Lanternhill", "Wrackmoor", "Skerryfield", "Merrowgate", "Sealight",
        "Driftholme", "Saltpans",
    ];

    private static readonly string[] StreetStems =
    [
        "Kelp", "Brine", "Gull", "Tern", "Shingle", "Anchor", "Mooring", "Lantern", "Spindrift", "Driftwood",
        "Cobble", "Netmender", "Saltpan", "Oyster", "Whelk", "Limpet", "Puffin", "Skua", "Dune", "Harbourlight",
        "Wrack", "Cormorant", "Sandpiper", "Seaholly", "Marram", "Breakwater", "Jetty", "Capstan", "Bosun",
        "Trawler", "Foghorn", "Lobsterpot", "Sealwatch", "Tideway", "Compass", "Barnacle", "Rockpool", "Ebbtide",
    ];

    private static readonly string[] StreetKinds =
    [
        "Street", "Road", "Lane", "Close", "Way", "Row", "Terrace", "Walk", "Parade", "Crescent", "Avenue",
        "Gardens", "Court", "Drive",
    ];

    /// <summary>Kinds of place that police.uk names instead of a street for some anonymised map points.</summary>
    public static readonly IReadOnlyList<string> LandmarkLocations =
    [
        "Parking Area", "Supermarket", "Petrol Station", "Shopping Area", "Sports/Recreation Area", "Nightclub",
        "Further/Higher Educational Building", "Hospital", "Bus/Coach Station", "Theatre/Concert Hall",
    ];

    /// <summary>Every invented street name, stems × kinds, in a fixed order.</summary>
    public static readonly IReadOnlyList<string> Streets = StreetStems.SelectMany(stem => StreetKinds.Select(kind => $"{stem} {kind}")).ToList();
}
