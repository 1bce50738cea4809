using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using NetTopologySuite.Features;

namespace GeoNeeds.Engine.Database;

/// <summary>The code, name and geometry columns of an area source, as the boundary options name or detection finds them.</summary>
/// <param name="Fields">The code and name columns (actual names).</param>
/// <param name="Geometry">The geometry column (actual name).</param>
internal sealed record AreaColumns(AreaFields Fields, string Geometry)
{
    /// <summary>
    /// The code column is <see cref="BoundaryReadOptions.CodeField"/>, else a column <c>code</c>, else the first
    /// ONS-style <c>…CD</c> column as in boundary files; the name column likewise (<c>name</c>, else the code's
    /// <c>…NM</c> partner). The geometry column is <see cref="DatabaseSource.GeometryColumn"/> or the only one.
    /// </summary>
    /// <exception cref="InputDataException">A named column is absent, or none can be found.</exception>
    public static AreaColumns Choose(SourceColumns columns, BoundaryReadOptions options)
    {
        var named = options with
        {
            CodeField = options.CodeField is { } code ? columns.Require(code, "code") : columns.Match("code"),
            NameField = options.NameField is { } name ? columns.Require(name, "name") : columns.Match("name"),
        };
        var asProperties = new AttributesTable();
        foreach (var column in columns.Names.Where(n => !asProperties.Exists(n)))
        {
            asProperties.Add(column, null);
        }

        return new AreaColumns(AreaFields.Choose(columns.Source.Label, asProperties, named), columns.Geometry(columns.Source.GeometryColumn));
    }
}
