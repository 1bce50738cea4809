namespace GeoNeeds.Engine.Export;

/// <summary>
/// An output path a run cannot write to (a file where a folder is needed, an unwritable folder, one of the run's
/// own inputs). Raised before any input is read; the message starts with the option and the path as given.
/// </summary>
public sealed class OutputPathException : Exception
{
    public OutputPathException(string option, string path, string problem)
        : base($"{option} {path}: {problem}")
    {
        Option = option;
        OutputPath = path;
        Problem = problem;
    }

    /// <summary>The option (or study key) that named the path, e.g. <c>--out</c> or <c>output.folder</c>.</summary>
    public string Option { get; }

    /// <summary>The path as the user gave it.</summary>
    public string OutputPath { get; }

    public string Problem { get; }
}
