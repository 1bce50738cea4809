using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>A reference table: population, deprivation or postcodes.</summary>
public sealed record SourceDefinition
{
    [Description("The table's file.")]
    public string Path { get; init; } = "";

    [Description("Population: age-sex (area_code,sex,age,population) or iod2019 (MHCLG File_6). Deprivation: imd2019 (MHCLG File_1) or wimd2019. Postcodes: csv (ONSPD/NSPL style) or code-point (OS Code-Point Open).")]
    public SourceFormat? Format { get; init; }

    [Description("Code-Point Open: the column-headers file that names its columns.")]
    public string? ColumnHeaders { get; init; }
}
