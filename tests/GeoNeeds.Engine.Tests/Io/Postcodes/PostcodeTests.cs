using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Io.Postcodes;

namespace GeoNeeds.Engine.Tests.Io.Postcodes;

public class PostcodeTests
{
    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")] // AA9A
    [InlineData("CV1  1DD", "CV1 1DD")] // AA9
    [InlineData(" cv1 1dd ", "CV1 1DD")]
    [InlineData("M1 1AE", "M1 1AE")] // A9
    [InlineData("B33 8TH", "B33 8TH")] // A99
    [InlineData("W1A 0AX", "W1A 0AX")] // A9A
    [InlineData("DN55 1PT", "DN55 1PT")] // AA99
    [InlineData("LE952AB", "LE95 2AB")] // Code-Point Open's unspaced seven-character form
    [InlineData("gir0aa", "GIR 0AA")]
    [InlineData("ZZ1 2AB", "ZZ1 2AB")] // invented demonstration postcodes
    public void TryNormalise_UkFormats_AreUpperCasedWithOneSpace(string raw, string expected)
    {
        Assert.True(Postcode.TryNormalise(raw, out var normalised));
        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("CV1")]
    [InlineData("CV1 1D")]
    [InlineData("CV11 1DDD")]
    [InlineData("1V1 1DD")]
    [InlineData("CVX 1DD")]
    [InlineData("CV1 1D1")]
    [InlineData("CV1-1DD")]
    [InlineData("A99A 1AA")]
    [InlineData("unknown")]
    public void TryNormalise_NotAUkPostcode_IsRefusedWithAnEmptyResult(string? raw)
    {
        Assert.False(Postcode.TryNormalise(raw, out var normalised));
        Assert.Equal("", normalised);
    }

    [Property]
    public Property TryNormalise_AnyPostcodeWithCaseChangedAndSpacesInserted_GivesTheSamePostcode() =>
        Prop.ForAll(Spellings().ToArbitrary(), spelling =>
            Postcode.TryNormalise(spelling.Written, out var normalised) && normalised == spelling.Canonical);

    [Property]
    public Property TryNormalise_AnyTextOrPostcode_IsIdempotent() =>
        Prop.ForAll(TextsAndPostcodes(), text =>
            !Postcode.TryNormalise(text, out var once) || (Postcode.TryNormalise(once, out var twice) && twice == once));

    [Property]
    public Property TryNormalise_AnyText_ReturnsAPostcodeShapeOrNothing() =>
        Prop.ForAll(TextsAndPostcodes(), text =>
            Postcode.TryNormalise(text, out var normalised)
                ? System.Text.RegularExpressions.Regex.IsMatch(normalised, "^(?:GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})$")
                : normalised == "");

    // Half any text, half postcodes in any spelling, so what is checked of every text is checked of accepted postcodes too.
    private static Arbitrary<string?> TextsAndPostcodes() =>
        Gen.OneOf(Spellings().Select(s => (string?)s.Written), ArbMap.Default.GeneratorFor<string?>()).ToArbitrary();

    // A postcode built from one of the six outward shapes and an inward code, then written with random case and spaces.
    private static Gen<(string Canonical, string Written)> Spellings()
    {
        var letter = Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray());
        var digit = Gen.Elements("0123456789".ToCharArray());
        Gen<char> Of(char kind) => kind == 'A' ? letter : digit;
        var outward = Gen.Elements("A9", "A99", "AA9", "AA99", "A9A", "AA9A")
            .SelectMany(shape => Gen.CollectToArray(shape.Select(Of)));
        var inward = Gen.CollectToArray("9AA".Select(Of));
        return from o in outward
               from i in inward
               let canonical = $"{new string(o)} {new string(i)}"
               from lower in Gen.ArrayOf(Gen.Elements(true, false), canonical.Length)
               from spaces in Gen.ArrayOf(Gen.Choose(0, 2), canonical.Length)
               select (canonical, string.Concat(canonical.Select((c, k) => new string(' ', spaces[k]) + (lower[k] ? char.ToLowerInvariant(c) : c))));
    }
}
