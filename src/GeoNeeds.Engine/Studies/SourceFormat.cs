using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>The layout of a reference table; which ones a section takes is checked by the study's validation.</summary>
public enum SourceFormat
{
    /// <summary>Population: <c>area_code,sex,age,population</c>.</summary>
    [JsonStringEnumMemberName("age-sex")]
    AgeSex,

    /// <summary>Population: MHCLG IoD 2019 File_6 LSOA totals.</summary>
    [JsonStringEnumMemberName("iod2019")]
    Iod2019,

    /// <summary>Deprivation: MHCLG IMD 2019 File_1.</summary>
    [JsonStringEnumMemberName("imd2019")]
    Imd2019,

    /// <summary>Deprivation: Welsh WIMD 2019 ranks.</summary>
    [JsonStringEnumMemberName("wimd2019")]
    Wimd2019,

    /// <summary>Postcodes: an ONSPD/NSPL-style CSV.</summary>
    [JsonStringEnumMemberName("csv")]
    Csv,

    /// <summary>Postcodes: OS Code-Point Open (no header row).</summary>
    [JsonStringEnumMemberName("code-point")]
    CodePoint,
}
