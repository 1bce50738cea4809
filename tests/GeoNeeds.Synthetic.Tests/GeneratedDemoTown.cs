using System.Text.Json;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Synthetic.Tests;

/// <summary>
/// The demo town generated once, with the default seed, into a temporary folder, and its boundaries read
/// back with NetTopologySuite alone, so the tests check the files rather than the generator's own objects.
/// </summary>
public sealed class GeneratedDemoTown
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public GeneratedDemoTown()
    {
        Folder = TestFiles.NewFolder();
        Files = DemoTown.Generate(Folder);
        Lsoas = ReadAreas(Files.LsoaBoundaries, "LSOA_CODE", "LSOA_NAME");
        Wards = ReadAreas(Files.WardBoundaries, "WARD_CODE", "WARD_NAME");
        Authority = ReadAreas(Files.AuthorityBoundary, "LAD_CODE", "LAD_NAME").Single();
    }

    public string Folder { get; }

    public DemoTownFiles Files { get; }

    public IReadOnlyList<Area> Lsoas { get; }

    public IReadOnlyList<Area> Wards { get; }

    public Area Authority { get; }

    private static List<Area> ReadAreas(string path, string codeProperty, string nameProperty) =>
        JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), GeoJson)!
            .Select(feature => new Area((string)feature.Attributes[codeProperty], (string)feature.Attributes[nameProperty], feature.Geometry))
            .ToList();
}

/// <summary>Shares one <see cref="GeneratedDemoTown"/> between the demo-town test classes.</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedDemoTownCollection : ICollectionFixture<GeneratedDemoTown>
{
    public const string Name = "Generated demo town";
}
