namespace GeoNeeds.Cli;

/// <summary>The command's exit codes, documented in the README and <c>--help</c>.</summary>
internal static class ExitCode
{
    public const int Success = 0;

    /// <summary>The command line is wrong: unknown verb or option, missing argument.</summary>
    public const int Usage = 1;

    /// <summary>An input file cannot be used (missing column, empty file, duplicate codes...).</summary>
    public const int InputData = 2;

    /// <summary>The file system refused a read or write the checks could not foresee (a name too long, a full disk, a permission lost mid-run).</summary>
    public const int FileSystem = 3;
}
