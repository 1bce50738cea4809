using System.Text;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>A fresh folder of small input files for one bad-input case, with the geoneeds run on it.</summary>
internal sealed class CorpusFolder
{
    /// <summary>A study of the three squares of <see cref="CountPointsTests.Squares"/> and one points input (e, n, month m, category c).</summary>
    public const string PointsStudy = """
        title: corpus
        levels:
          - name: area
            boundaries: squares.geojson
            code_field: CODE
        inputs:
          - name: points
            type: points
            files: [points.csv]
            format: columns
            columns: { x: e, y: n, crs: EPSG:27700, month: m, category: c }
        indicators:
          - name: points
            input: points
        output: { suppress_below: 0 }

        """;

    public string Path { get; } = CliProcess.NewFolder();

    /// <summary>Writes <paramref name="content"/> (UTF-8) as <paramref name="name"/>; returns this folder for chaining.</summary>
    public CorpusFolder With(string name, string content) => With(name, Encoding.UTF8.GetBytes(content));

    public CorpusFolder With(string name, byte[] content)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, name), content);
        return this;
    }

    public CliProcess.Outcome Run(params string[] args) => CliProcess.Run(Path, args);

    public string Read(string name) => File.ReadAllText(System.IO.Path.Combine(Path, name));

    /// <summary>Asserts that neither stream carries a character a terminal would obey (ESC, BEL, C1 CSI).</summary>
    public static void AssertPrintable(CliProcess.Outcome outcome)
    {
        foreach (var text in new[] { outcome.StandardOutput, outcome.StandardError })
        {
            Assert.False(text.AsSpan().IndexOfAny('\u001b', '\u0007', '\u009b') >= 0, $"a control character reached the terminal:\n{outcome}");
        }
    }
}
