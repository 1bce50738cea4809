using System.Text.RegularExpressions;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Postcodes;

/// <summary>Which columns of one postcode table hold what, given explicitly or recognised from ONS and OS names.</summary>
internal sealed partial record PostcodeTableLayout(
    CsvColumn Postcode, CsvColumn? X, CsvColumn? Y, CoordinateSystem? CoordinateSystem, CsvColumn? Lsoa, CsvColumn? Ward,
    CsvColumn? Terminated = null, CsvColumn? Population = null)
{
    private static readonly string[] PostcodeNames = ["pcds", "pcd", "pcd7", "pcd8", "postcode"];
    private static readonly string[] LsoaNames = ["lsoa11", "lsoa11cd", "lsoa21", "lsoa21cd", "lsoa_code"];
    private static readonly string[] WardNames = ["osward", "wardcd", "ward_code"];

    // ONSPD/NSPL give both grid references and lon/lat; the grid reference is the one they are made from.
    private static readonly (string X, string Y, CoordinateSystem System)[] CoordinateNames =
    [
        ("oseast1m", "osnrth1m", CoordinateSystem.BritishNationalGrid),
        ("easting", "northing", CoordinateSystem.BritishNationalGrid),
        ("x", "y", CoordinateSystem.BritishNationalGrid),
        ("long", "lat", CoordinateSystem.Wgs84),
        ("longitude", "latitude", CoordinateSystem.Wgs84),
    ];

    /// <exception cref="InputDataException">A named column is missing, no postcode column is found, or the table has nothing to locate a postcode with.</exception>
    /// <exception cref="ArgumentException">X is named without Y and a coordinate system.</exception>
    public static PostcodeTableLayout Resolve(CsvTable table, PostcodeLookupColumns? names)
    {
        var postcode = names?.Postcode is { } postcodeName ? table.Column(postcodeName) : table.ColumnNamedAnyOf("postcode", PostcodeNames);
        var (x, y, system) = Coordinates(table, names);
        var lsoa = names?.LsoaCode is { } lsoaName ? table.Column(lsoaName) : table.FindColumn(LsoaNames);
        var ward = names?.WardCode is { } wardName ? table.Column(wardName) : table.FindColumn(WardNames) ?? LatestDatedWard(table);
        if (x is null && lsoa is null && ward is null)
        {
            throw new InputDataException(table.File, 1, "",
                $"no coordinate, LSOA or ward column to locate postcodes with; the header has: {table.HeaderText}");
        }

        var terminated = names?.Terminated is { } terminatedName ? table.Column(terminatedName) : table.FindColumn("doterm");
        var population = names?.Population is { } populationName ? table.Column(populationName) : table.FindColumn("population");
        return new PostcodeTableLayout(postcode, x, y, system, lsoa, ward, terminated, population);
    }

    private static (CsvColumn? X, CsvColumn? Y, CoordinateSystem? System) Coordinates(CsvTable table, PostcodeLookupColumns? names)
    {
        if (names?.X is { } xName)
        {
            if (names.Y is null || names.CoordinateSystem is null)
            {
                throw new ArgumentException("PostcodeLookupColumns.X needs Y and CoordinateSystem too.", nameof(names));
            }

            return (table.Column(xName), table.Column(names.Y), names.CoordinateSystem);
        }

        foreach (var (xCandidate, yCandidate, system) in CoordinateNames)
        {
            if (table.FindColumn(xCandidate) is { } x && table.FindColumn(yCandidate) is { } y)
            {
                return (x, y, system);
            }
        }

        return (null, null, null);
    }

    // NSPL/ONSPD editions name ward columns by year (wd19cd, wd24cd); the latest year is the current ward.
    private static CsvColumn? LatestDatedWard(CsvTable table) =>
        table.Columns.Where(column => DatedWard().IsMatch(column.Name)).OrderByDescending(column => column.Name, StringComparer.OrdinalIgnoreCase)
            .Cast<CsvColumn?>().FirstOrDefault();

    [GeneratedRegex("^wd[0-9]{2}cd$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatedWard();
}
