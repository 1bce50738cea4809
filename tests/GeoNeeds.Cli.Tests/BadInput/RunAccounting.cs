using System.Text.Json;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>Checks, for the bad-input corpus, that a run which wrote a summary still accounts for every row.</summary>
internal static class RunAccounting
{
    /// <summary>
    /// Asserts read = matched + rejected for every input in <c>run-summary.json</c> under <paramref name="outputFolder"/>,
    /// and returns the inputs' names so a case can say which it expected.
    /// </summary>
    public static IReadOnlyList<string> AssertEveryInputBalances(string outputFolder)
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outputFolder, "run-summary.json")));
        var names = new List<string>();
        foreach (var input in summary.RootElement.GetProperty("inputs").EnumerateArray())
        {
            var rejected = input.GetProperty("rejected_by_reason").EnumerateObject().Sum(r => r.Value.GetInt64());
            Assert.Equal(input.GetProperty("read").GetInt64(), input.GetProperty("matched").GetInt64() + rejected);
            names.Add(input.GetProperty("name").GetString()!);
        }

        return names;
    }
}
