using Spectre.Console;

namespace GeoNeeds.Cli.Commands.Viewer;

/// <summary>The one check of classification and palette options shared by <c>map</c> and <c>chart</c>: a bad name is a usage error.</summary>
internal static class StyleOptionCheck
{
    public static ValidationResult Check(params Action[] parses)
    {
        foreach (var parse in parses)
        {
            try
            {
                parse();
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return ValidationResult.Error(e.Message);
            }
        }

        return ValidationResult.Success();
    }
}
