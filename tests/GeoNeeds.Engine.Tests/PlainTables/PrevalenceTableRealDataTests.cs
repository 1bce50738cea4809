using System.Globalization;
using System.Text;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;
using GeoNeeds.Engine.Tests.Stats;

namespace GeoNeeds.Engine.Tests.PlainTables;

public class PrevalenceTableRealDataTests
{
    private static readonly PrevalenceSurvey Csew2021 = SurveyTable.Load("csew-2021");

    [SkippableFact]
    public void Calculate_CoventryMid2019Population_ExpectsAbout15839VictimsWithinHalfAPercentOfThePublished15793()
    {
        // ONS mid-2019 estimates by single year of age and sex (E08000026 Coventry, 188,744 males and 182,777
        // females) reshaped to area_code,sex,age,population. Expected victims, computed independently with a
        // short Python sum over the bands (population × percent / 100): men 5,471.498, women 10,367.455, all
        // 15,838.953 (to 1e-9 relative). The seed documents give 15,793 for Coventry's 2020 population by age;
        // the mid-2019 population gives 46 more (+0.29%): a different year's population and age structure,
        // the 16-24 student ages weighing most (women 16-19: 14.0%).
        var areas = Expected("E08000026");

        var coventry = Assert.Single(areas);
        RelativeAssert.Equal(5_471.498, coventry.Men, 1e-9);
        RelativeAssert.Equal(10_367.455, coventry.Women, 1e-9);
        RelativeAssert.Equal(15_838.953, coventry.All, 1e-9);
        Assert.Equal(275_163, coventry.PopulationInRange);
        Assert.True(Math.Abs(coventry.All - 15_793) / 15_793 < 0.005, $"{coventry.All} is not within 0.5% of 15,793");
    }

    [SkippableFact]
    public void Calculate_EnglandMid2019Population_ReproducesTheCsewHeadlineRatesToOneDecimal()
    {
        // The survey's bands applied to England's mid-2019 population should give back its own headline for all
        // adults 16-74 (men 3.6%, women 7.3%, all 5.5%), a check that the seven bands were typed in right:
        // 729,694.398 / 20,229,305 men = 3.607%, 1,491,256.247 / 20,463,327 women = 7.287%, all 5.458%.
        var england = Assert.Single(Expected("E92000001"));
        var (men, women) = (20_229_305.0, 20_463_327.0);

        Assert.Equal(3.6, Math.Round(england.Men / men * 100, 1));
        Assert.Equal(7.3, Math.Round(england.Women / women * 100, 1));
        Assert.Equal(5.5, Math.Round(england.All / england.PopulationInRange * 100, 1));
        Assert.Equal(men + women, england.PopulationInRange);
    }

    /// <summary>Reshapes one area of the ONS extract (code,name,geography,sex,all_ages,age_0..age_89,age_90+) and runs the prevalence table on it.</summary>
    private static IReadOnlyList<ExpectedVictims> Expected(string areaCode)
    {
        var path = SharedData.Require("population/mye2019_la_syoa_by_sex_WM_Leics.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var reshaped = new StringBuilder("area_code,sex,age,population\n");
        foreach (var fields in lines.Skip(1).Select(line => line.Split(',')).Where(f => f[0] == areaCode && f[3] != "Persons"))
        {
            for (var column = 5; column < header.Length; column++)
            {
                reshaped.Append(CultureInfo.InvariantCulture, $"{fields[0]},{fields[3]},{header[column]["age_".Length..]},{fields[column]}\n");
            }
        }

        var input = TestFiles.Write("coventry-syoa.csv", reshaped.ToString());
        return ExpectedPrevalence.ForAreas(PrevalenceTable.Read(TableInput.FromFile(input), Csew2021).Values, Csew2021);
    }
}
