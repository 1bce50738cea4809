using System.Globalization;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Turns the features of a boundary file into areas: one code, name and valid polygonal geometry each,
/// codes unique. Anything an area cannot be made from stops the read with the feature's number.
/// </summary>
internal static class AreaBuilder
{
    /// <summary>The areas in feature order and the geometries that had to be repaired.</summary>
    /// <remarks>
    /// Validity checks and repairs, most of the time a national file takes after parsing, run in parallel; every
    /// check that can fail is made in feature order, so the error reported is always the first feature at fault.
    /// </remarks>
    /// <exception cref="InputDataException">A feature has no code, a code already used, a vertex no coordinate can be, or no usable polygon.</exception>
    public static (List<Area> Areas, List<AreaRepair> Repairs) Build(string file, IReadOnlyList<IFeature> features, AreaFields fields)
    {
        var labels = Label(file, features, fields);
        var geometries = new Geometry[features.Count];
        var repaired = new bool[features.Count];
        Parallel.For(0, features.Count, i => geometries[i] = GeometryRepair.Repair(features[i].Geometry, out repaired[i]));

        var areas = new List<Area>(features.Count);
        var repairs = new List<AreaRepair>();
        for (var i = 0; i < features.Count; i++)
        {
            var (code, name, parent) = labels[i];
            areas.Add(geometries[i].IsEmpty
                ? throw new InputDataException(file, i + 1, "geometry", $"feature {i + 1} ({code}) has an invalid polygon that repairs to nothing (no area is left).")
                : new Area(code, name, geometries[i]) { Parent = parent });
            if (repaired[i])
            {
                repairs.Add(GeometryRepair.Describe(i + 1, code, name, features[i].Geometry, geometries[i]));
            }
        }

        return (areas, repairs);
    }

    /// <summary>The error for a feature whose geometry is not a polygon; format readers that meet one first share it.</summary>
    public static InputDataException NotPolygonal(string file, int number, string? geometryType) =>
        new(file, number, "geometry", geometryType is null
            ? $"feature {number} has no geometry; every area needs a Polygon or MultiPolygon."
            : $"feature {number} is a {geometryType}; boundary files must hold Polygon or MultiPolygon geometries.");

    /// <summary>Each feature's code, name and parent code, after checking that codes are present and unique and geometries polygonal.</summary>
    private static (string Code, string Name, string? Parent)[] Label(string file, IReadOnlyList<IFeature> features, AreaFields fields)
    {
        var labels = new (string Code, string Name, string? Parent)[features.Count];
        var featureByCode = new Dictionary<string, int>(features.Count, StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            var number = i + 1;
            var attributes = features[i].Attributes;
            var code = Text(file, number, attributes, fields.Code)
                ?? throw new InputDataException(file, number, fields.Code, $"feature {number} has no area code.");
            if (!featureByCode.TryAdd(code, number))
            {
                throw new InputDataException(file, number, fields.Code, $"feature {number} has area code {code}, which feature {featureByCode[code]} already has; area codes must be unique.");
            }

            RequirePolygon(file, number, features[i].Geometry);
            if (VertexRange.Problem(features[i].Geometry) is { } problem)
            {
                throw new InputDataException(file, number, "geometry", $"feature {number} ({code}) has {problem}.");
            }

            labels[i] = (code, fields.Name is null ? code : Text(file, number, attributes, fields.Name) ?? code, fields.Parent is null ? null : Text(file, number, attributes, fields.Parent));
        }

        return labels;
    }

    private static void RequirePolygon(string file, int number, Geometry? geometry)
    {
        if (geometry is not (Polygon or MultiPolygon))
        {
            throw NotPolygonal(file, number, geometry?.GeometryType);
        }

        if (geometry.IsEmpty)
        {
            throw new InputDataException(file, number, "geometry", $"feature {number} has an empty {geometry.GeometryType}.");
        }
    }

    /// <summary>The property's value as trimmed text, or <c>null</c> when absent, null or blank.</summary>
    /// <exception cref="InputDataException">The value is a JSON string that is no text.</exception>
    private static string? Text(string file, int number, IAttributesTable? attributes, string property)
    {
        object? value;
        try
        {
            value = attributes?.GetOptionalValue(property);
        }
        catch (InvalidOperationException)
        {
            // JSON properties are decoded on demand; an escaped half of a surrogate pair (\udc00 alone) is valid JSON but no text.
            throw new InputDataException(file, number, property, $"feature {number}'s {property} holds an escaped half of a UTF-16 surrogate pair (such as \\udc00 alone), which is no character; correct the value.");
        }
        catch (NotSupportedException)
        {
            // The same decoding turns JSON numbers into decimals, whose range ends near ±7.9e28.
            throw new InputDataException(file, number, property, $"feature {number}'s {property} holds a number beyond ±7.9e28, which is no area code or name; correct the value.");
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
