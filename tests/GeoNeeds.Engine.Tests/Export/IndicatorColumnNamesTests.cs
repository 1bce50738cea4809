using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class IndicatorColumnNamesTests
{
    [Theory]
    [InlineData("da_incidents", 1000, null, "da_incidents_rate_per_1000")]
    [InlineData("referrals", 10000, "children", "referrals_rate_per_10000_children")]
    [InlineData("marac_cases", 1000, "women_16_74", "marac_cases_rate_per_1000_women_16_74")]
    public void Rate_WrittenName_ParsesBackToItsParts(string indicator, double per, string? group, string expected)
    {
        var name = IndicatorColumnNames.Rate(indicator, per, group);

        Assert.Equal(expected, name);
        Assert.Equal(new IndicatorColumnNames.RateColumn(indicator, per, group), IndicatorColumnNames.ParseRate(name));
    }

    [Theory]
    [InlineData("area_code")]
    [InlineData("da_incidents_count")]
    [InlineData("da_incidents_lower_95")]
    [InlineData("rate_per_1000")]
    [InlineData("da_incidents_rate_per_")]
    public void ParseRate_OtherColumn_IsNull(string column) => Assert.Null(IndicatorColumnNames.ParseRate(column));

    [Fact]
    public void ParseRate_UpperCaseColumnFromAnotherTool_IsStillARate() =>
        Assert.Equal(new IndicatorColumnNames.RateColumn("DA", 1000, null), IndicatorColumnNames.ParseRate("DA_RATE_PER_1000"));

    [Fact]
    public void Companions_OfAnIndicator_AreItsCountLimitsAndMethodColumns() =>
        Assert.Equal(
            ["x_count", "x_lower_95", "x_upper_95", "x_lower_998", "x_upper_998", "x_method"],
            [IndicatorColumnNames.Count("x"), IndicatorColumnNames.Lower95("x"), IndicatorColumnNames.Upper95("x"), IndicatorColumnNames.Lower998("x"), IndicatorColumnNames.Upper998("x"), IndicatorColumnNames.Method("x")]);
}
