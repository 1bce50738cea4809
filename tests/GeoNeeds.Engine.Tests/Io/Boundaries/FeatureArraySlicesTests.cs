using System.Text;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class FeatureArraySlicesTests
{
    [Fact]
    public void TryFind_BracesAndEscapedQuotesInsideStrings_DelimitsEachObject()
    {
        var json = Encoding.UTF8.GetBytes("""[ {"a":"}{\"}","b":[1,{"c":2}]} ,{"d":"\\"}] """);
        var slices = new List<(int Start, int Length)>();

        var end = FeatureArraySlices.TryFind(json, 1, slices);

        Assert.Equal(["""{"a":"}{\"}","b":[1,{"c":2}]}""", """{"d":"\\"}"""], slices.Select(s => Encoding.UTF8.GetString(json, s.Start, s.Length)));
        Assert.Equal(json.Length - 1, end);
    }

    [Theory]
    [InlineData("""[{"a":1} {"b":2}]""")]
    [InlineData("""[{"a":1},,{"b":2}]""")]
    [InlineData("""[{"a":1}, 7]""")]
    [InlineData("""[{"a":"never closed}]""")]
    public void TryFind_NotAPlainListOfObjects_GivesUp(string text) =>
        Assert.Equal(-1, FeatureArraySlices.TryFind(Encoding.UTF8.GetBytes(text), 1, []));

    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[{"a":1}]}""", true)]
    [InlineData("""{"type":"FeatureCollection","features":[{"a":1}],"bbox":[0,0,1,1]}""", false)]
    public void TryFindLastMember_MembersAfterTheFeatures_LeavesThemToTheReader(string text, bool found)
    {
        var json = Encoding.UTF8.GetBytes(text);

        Assert.Equal(found, FeatureArraySlices.TryFindLastMember(json, text.IndexOf('[', StringComparison.Ordinal) + 1, []));
    }
}
