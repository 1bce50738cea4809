using Microsoft.AspNetCore.Http;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The answer to a request for a file of the output folder: the file to send and its content type, or the
/// status to refuse with (400 for a name that tries to leave the folder, 404 for anything not served).
/// </summary>
internal sealed record ServedFile(int Status, string? Path, string? ContentType, string Reason)
{
    public static ServedFile Found(string path, string contentType) => new(StatusCodes.Status200OK, path, contentType, "");

    public static ServedFile NotFound(string reason) => new(StatusCodes.Status404NotFound, null, null, reason);

    public static ServedFile BadName(string reason) => new(StatusCodes.Status400BadRequest, null, null, reason);
}
