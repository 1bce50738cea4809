using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io;

namespace GeoNeeds.Engine.Tests.Accounting;

public class PrintableTextTests
{
    [Theory]
    [InlineData("Crime ID", "Crime ID")]
    [InlineData("Ynys Môn\tWelsh", "Ynys Môn\tWelsh")]
    [InlineData("", "")]
    [InlineData("\u001b]0;pwned\u0007", "\\x1B]0;pwned\\x07")]
    [InlineData("\u001b[2J\u001b[31mred", "\\x1B[2J\\x1B[31mred")]
    [InlineData("one\r\ntwo", "one\\x0D\\x0Atwo")]
    [InlineData("nul\0del\u007f", "nul\\x00del\\x7F")]
    [InlineData("c1 csi \u009b31m next \u0085", "c1 csi \\x9B31m next \\x85")]
    [InlineData("\u00a0non-breaking space stays", "\u00a0non-breaking space stays")]
    public void Of_ControlCharacters_AreWrittenAsHexCodes(string text, string expected)
    {
        Assert.Equal(expected, PrintableText.Of(text));
    }

    [Fact]
    public void Of_ItsOwnOutput_IsLeftAsItIs()
    {
        var once = PrintableText.Of("\u001b[2J");

        Assert.Equal(once, PrintableText.Of(once));
    }

    [Fact]
    public void InputDataException_FieldAndProblemQuotingInput_ArePrintable()
    {
        var error = new InputDataException("a\u001b.csv", 1, "Lon\u001b[31m", "missing column 'x\u0007'");

        Assert.Equal("a\\x1B.csv:1:Lon\\x1B[31m: missing column 'x\\x07'", error.Message);
    }

    [Fact]
    public void Rejection_FieldAndDetailQuotingInput_ArePrintable()
    {
        var rejection = new Rejection("referrals", "r.csv", 2, "post\u001bcode", "postcode_invalid", "postcode '\u001b[2J'");

        Assert.Equal("r.csv:2:post\\x1Bcode: postcode_invalid: postcode '\\x1B[2J'", rejection.ToString());
    }
}
