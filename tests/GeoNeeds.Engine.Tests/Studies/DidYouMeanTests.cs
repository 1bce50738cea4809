using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

public class DidYouMeanTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)] // the textbook Levenshtein example
    [InlineData("indicaters", "indicators", 1)]
    [InlineData("ca", "ac", 1)] // a swap of neighbours counts once
    [InlineData("abc", "", 3)]
    public void EditDistance_Examples(string a, string b, int expected) =>
        Assert.Equal(expected, DidYouMean.EditDistance(a, b));

    [Fact]
    public void Suggest_NearMiss_GivesTheCandidate() =>
        Assert.Equal("boundaries", DidYouMean.Suggest("boundary", ["name", "boundaries", "code_field"]));

    [Fact]
    public void Suggest_NothingClose_GivesNull() =>
        Assert.Null(DidYouMean.Suggest("colour", ["name", "boundaries"]));

    [FsCheck.Xunit.Property]
    public bool EditDistance_IsSymmetric(string a, string b) =>
        DidYouMean.EditDistance(a ?? "", b ?? "") == DidYouMean.EditDistance(b ?? "", a ?? "");
}
