using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// One study run on <see cref="StudyFixture"/> with every needs measure and suppression off, written to disk, for
/// comparing its tables with what the indicator verbs' engine paths write from the same numbers. Police rows 12, 3,
/// 0 and 40 per LSOA alternate April and May 2025, so April has 6, 2, 0, 20 and May 6, 1, 0, 20.
/// </summary>
public sealed class VerbStudyParity
{
    private const string Study = StudyFixture.LevelsAndViolence + """
        output: { suppress_below: 0 }
        needs:
          prevalence: { survey: csew-2021, recorded: incidents }
          refuge: { level: ward, provided: { X05000001: 1, X05000002: 0 } }
          marac: { level: ward, cases: { X05000001: 30, X05000002: 2 } }
          change: { before: [2025-04, 2025-04], after: [2025-05, 2025-05] }
          inequality: true
          correlation: true
          hot_spots: { levels: [lsoa], permutations: 99 }
        """;

    public VerbStudyParity()
    {
        Fixture = new StudyFixture();
        Fixture.WritePoliceFile("police.csv", [12, 3, 0, 40]);
        Fixture.Write("study.yaml", Study);
        Output = Path.Combine(Fixture.Folder, "out");
        StudyOutputs.Write(GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(Fixture.PathOf("study.yaml"))), Output);
    }

    internal StudyFixture Fixture { get; }

    /// <summary>The study's output folder.</summary>
    public string Output { get; }

    /// <summary>A study output file's lines split into fields (the fixture's values hold no commas or quotes).</summary>
    public IReadOnlyList<string[]> StudyTable(string name) => Fields(Path.Combine(Output, name));

    /// <summary>A file's lines split into fields.</summary>
    public static IReadOnlyList<string[]> Fields(string path) => [.. File.ReadAllLines(path).Select(line => line.Split(','))];

    /// <summary>The lines of a table without its first column (the study's <c>indicator</c>), joined again.</summary>
    public static IReadOnlyList<string> WithoutFirstColumn(IReadOnlyList<string[]> table) => [.. table.Select(row => string.Join(',', row.Skip(1)))];

    /// <summary>The lines of a table, joined again.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<string[]> table) => [.. table.Select(row => string.Join(',', row))];
}
