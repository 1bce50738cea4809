using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Postcodes;

/// <summary>Reads postcode lookups: ONS postcode directories (ONSPD, NSPL) and OS Code-Point Open.</summary>
public static class PostcodeLookupReader
{
    /// <summary>Code-Point Open's column order when no column headers file is given.</summary>
    public static IReadOnlyList<string> CodePointColumns { get; } = ["PC", "PQ", "EA", "NO", "CY", "RH", "LH", "CC", "DC", "WC"];

    /// <summary>
    /// Reads a postcode lookup of either kind: OS Code-Point Open (<see cref="ReadCodePoint"/>) when its first line
    /// starts with a postcode rather than a header, otherwise an ONSPD/NSPL-style CSV (<see cref="ReadCsv"/>).
    /// </summary>
    /// <exception cref="InputDataException">As <see cref="ReadCsv"/>.</exception>
    public static PostcodeLookup Read(string path)
    {
        var firstField = File.Exists(path) ? File.ReadLines(path).FirstOrDefault()?.Split(',')[0].Trim().Trim('"') : null;
        return Postcode.TryNormalise(firstField, out _) ? ReadCodePoint(path) : ReadCsv(path);
    }

    /// <summary>
    /// Reads an ONSPD/NSPL-style CSV with a header. The postcode column is found among pcds, pcd, pcd7, pcd8 and
    /// postcode; coordinates among oseast1m/osnrth1m, easting/northing and x/y (British National Grid) or long/lat and
    /// longitude/latitude (WGS 84); the LSOA among lsoa11, lsoa11cd, lsoa21, lsoa21cd and lsoa_code; the ward among
    /// osward, wardcd, ward_code and the latest wd??cd; the date of termination in doterm (filled in for terminated
    /// postcodes) and the residents in population, when present. <paramref name="columns"/> names any of them explicitly.
    /// </summary>
    /// <remarks>
    /// Rows whose postcode is not in the UK format, and malformed rows, are skipped into
    /// <see cref="PostcodeLookup.SkippedRows"/> and <see cref="PostcodeLookup.Warnings"/>. Coordinates that are
    /// empty or the directories' "no grid reference" markers (latitude 99.999999; easting and northing 0) leave a
    /// postcode without coordinates; other unusable coordinates do too, with a warning.
    /// </remarks>
    /// <exception cref="InputDataException">
    /// The file is missing, empty or not comma-delimited; a column is missing; the table has nothing to locate
    /// postcodes with; or one postcode is listed twice with different locations.
    /// </exception>
    public static PostcodeLookup ReadCsv(string path, PostcodeLookupColumns? columns = null)
    {
        var warnings = new List<InputWarning>();
        using var table = CsvTable.Open(path, warnings);
        return Load(table, PostcodeTableLayout.Resolve(table, columns), warnings);
    }

    /// <summary>
    /// Reads one OS Code-Point Open file (e.g. <c>cv.csv</c>), which has no header row. Column names come from the
    /// first line of <c>Code-Point_Open_Column_Headers.csv</c> (its second line holds long names), or
    /// <see cref="CodePointColumns"/>. PC is the postcode, EA/NO the British National Grid reference, WC the ward.
    /// Read several areas' files and <see cref="PostcodeLookup.Merge"/> them.
    /// </summary>
    /// <exception cref="InputDataException">As <see cref="ReadCsv"/>; or the headers file lacks PC, EA or NO.</exception>
    public static PostcodeLookup ReadCodePoint(string path, string? columnHeadersFile = null)
    {
        var names = columnHeadersFile is null ? CodePointColumns : ReadColumnNames(columnHeadersFile);
        var warnings = new List<InputWarning>();
        using var table = CsvTable.OpenWithoutHeader(path, names, warnings);
        var layout = new PostcodeTableLayout(table.Column("PC"), table.Column("EA"), table.Column("NO"),
            CoordinateSystem.BritishNationalGrid, null, table.FindColumn("WC"));
        return Load(table, layout, warnings);
    }

    private static string[] ReadColumnNames(string columnHeadersFile)
    {
        using var headers = CsvTable.Open(columnHeadersFile);
        return [.. headers.Columns.Select(column => column.Name)];
    }

    private static PostcodeLookup Load(CsvTable table, PostcodeTableLayout layout, List<InputWarning> warnings)
    {
        var locations = new KeyedRows<PostcodeLocation>(table, layout.Postcode, allowIdenticalRepeats: true);
        var skipped = 0;
        foreach (var row in table.Rows())
        {
            if (row.Problem is not null)
            {
                skipped++;
                warnings.Add(new InputWarning(table.File, row.Line, $"row skipped: {row.Problem}"));
                continue;
            }

            var written = row[layout.Postcode];
            if (!Postcode.TryNormalise(written, out var postcode))
            {
                skipped++;
                warnings.Add(new InputWarning(table.File, row.Line, $"row skipped: {layout.Postcode.Name} '{written}' is not a UK postcode"));
                continue;
            }

            var (x, y) = Coordinates(row, layout, warnings);
            var system = x is null ? null : layout.CoordinateSystem;
            var location = new PostcodeLocation(postcode, x, y, system, row.ValueOrNull(layout.Lsoa), row.ValueOrNull(layout.Ward))
            {
                Terminated = row.ValueOrNull(layout.Terminated) is not null,
                Population = Population(row, layout, warnings),
            };
            locations.Add(postcode, location, row.Line);
        }

        return new PostcodeLookup(locations.ToDictionary(), skipped, warnings);
    }

    private static (double? X, double? Y) Coordinates(CsvRow row, PostcodeTableLayout layout, List<InputWarning> warnings)
    {
        if (layout is not { X: { } xColumn, Y: { } yColumn, CoordinateSystem: { } system })
        {
            return (null, null);
        }

        var (xText, yText) = (row[xColumn], row[yColumn]);
        if (xText.Length == 0 && yText.Length == 0)
        {
            return (null, null);
        }

        if (!TableNumber.TryParse(xText, out var x) || !TableNumber.TryParse(yText, out var y))
        {
            warnings.Add(new InputWarning(row.Table.File, row.Line, $"'{xText}', '{yText}' are not coordinates; the postcode is kept without them"));
            return (null, null);
        }

        if (IsNoGridReferenceMarker(x, y, system))
        {
            return (null, null);
        }

        if (CoordinateRange.Problem(x, y, system) is { } problem)
        {
            warnings.Add(new InputWarning(row.Table.File, row.Line, $"{problem}; the postcode is kept without coordinates"));
            return (null, null);
        }

        return (x, y);
    }

    private static double? Population(CsvRow row, PostcodeTableLayout layout, List<InputWarning> warnings)
    {
        if (layout.Population is not { } column || row.ValueOrNull(column) is not { } text)
        {
            return null;
        }

        if (TableNumber.TryParse(text, out var population) && population >= 0)
        {
            return population;
        }

        warnings.Add(new InputWarning(row.Table.File, row.Line, $"{column.Name} '{text}' is not a number of residents; the postcode is kept without it"));
        return null;
    }

    // ONSPD/NSPL user guides: postcodes without a grid reference have latitude 99.999999 (longitude 0); Code-Point
    // Open and older directories write easting and northing 0.
    private static bool IsNoGridReferenceMarker(double x, double y, CoordinateSystem system) =>
        system.IsGeographic ? y is >= 99.999 and <= 100 : x == 0 && y == 0;
}
