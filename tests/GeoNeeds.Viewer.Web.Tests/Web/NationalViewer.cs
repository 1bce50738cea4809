namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// The viewer of <see cref="NationalLsoaOutputs"/> in <see cref="HeadlessChromium"/>; the timing test views it once,
/// untimed, before it times a page (the viewer makes its zoomed-out tiles as <c>geoneeds view</c> does when it starts).
/// </summary>
public sealed class NationalViewer : ViewerInBrowser
{
    public override string? Unavailable => HeadlessChromium.Unavailable ?? NationalLsoaOutputs.Unavailable;

    protected override string Folder => NationalLsoaOutputs.Folder;
}
