using System.Text.RegularExpressions;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>The README's study reference, its examples and the committed schema agree with the definitions the reader uses.</summary>
public partial class StudyReferenceTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "README.md"));

    [Fact]
    public void ReadmeReference_ListsEveryKeyOfTheDefinitionsAndNoOther()
    {
        var section = Section("### Checking a study file, and the reference");
        var listed = ReferenceRow().Matches(section).Select(m => m.Groups["key"].Value).ToHashSet();
        var defined = StudyKeys.Paths().ToHashSet();

        var missing = defined.Except(listed).Order().ToList();
        var extra = listed.Except(defined).Order().ToList();

        Assert.True(missing.Count == 0 && extra.Count == 0, $"README study reference: missing {string.Join(", ", missing)}; not in the definitions {string.Join(", ", extra)}");
    }

    [Fact]
    public void ReadmeStudyExamples_ParseAsWritten()
    {
        var section = Section("## Study files");
        var blocks = YamlBlock().Matches(section).Select(m => m.Groups["yaml"].Value).ToList();

        Assert.Equal(2, blocks.Count);
        var study = StudyFile.Parse(blocks[0], "README.md");
        Assert.Equal("DA incidents per 1,000 residents", study.Indicators[0].Label);
        Assert.NotNull(StudyFile.Parse(blocks[1], "README.md").Needs);
    }

    [Fact]
    public void CommittedSchema_IsWhatTheDefinitionsGenerate()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryFolder.Path, StudySchema.RepositoryPath)).ReplaceLineEndings("\n");

        Assert.True(committed == StudySchema.Text(), $"{StudySchema.RepositoryPath} is out of date: run geoneeds schema --out {StudySchema.RepositoryPath}");
    }

    private static string Section(string heading)
    {
        var start = Readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no '{heading}' section");
        // The section ends at the next heading of its level or above ("## " ends a "### " section too).
        var after = start + heading.Length + 1;
        var next = Regex.Match(Readme[after..], $"^#{{1,{heading.IndexOf(' ')}}} ", RegexOptions.Multiline);
        return Readme[start..(next.Success ? after + next.Index : Readme.Length)];
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z_\[\].]+)` \|", RegexOptions.Multiline)]
    private static partial Regex ReferenceRow();

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
