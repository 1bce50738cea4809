using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The viewer's routes: the page (<c>/</c>), its assets (<c>/assets/NAME</c>), the index of the output folder
/// (<c>/api/index</c>), each level's map classes (<c>/api/classes/LEVEL</c>) and the folder's files (<c>/data/NAME</c>). Anything else is 404.
/// </summary>
internal static class ViewerEndpoints
{
    public const string IndexPath = "/api/index";

    /// <summary>A level's map classes (<see cref="LevelClasses"/>): <c>/api/classes/ward</c>.</summary>
    public const string ClassesPath = "/api/classes";

    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    private static readonly JsonSerializerOptions IndexJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Map(WebApplication app, OutputFolder folder)
    {
        var assets = new EmbeddedAssets();
        var index = new OutputIndexReader(folder);
        var classes = new LevelClassesReader(folder, index);

        app.MapMethods("/", ReadMethods, () => Asset(assets, "index.html"));
        app.MapMethods("/assets/{**name}", ReadMethods, (string name) => Asset(assets, name));
        app.MapMethods(IndexPath, ReadMethods, () => Results.Json(index.Read(), IndexJson));
        app.MapMethods(ClassesPath + "/{level}", ReadMethods, (string level) => classes.Read(level) is { } json
            ? Results.Bytes(json, "application/json; charset=utf-8")
            : Results.Text($"no level '{level}' to class in this folder", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods("/data/{**name}", ReadMethods, (string name) =>
        {
            var file = folder.Find(name);
            return file.Path is null
                ? Results.Text(file.Reason, statusCode: file.Status)
                : Results.File(file.Path, file.ContentType);
        });
    }

    private static IResult Asset(EmbeddedAssets assets, string name) =>
        assets.TryGet(name, out var content, out var contentType)
            ? Results.Bytes(content, contentType)
            : Results.NotFound();
}
