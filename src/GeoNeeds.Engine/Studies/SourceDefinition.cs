namespace GeoNeeds.Engine.Studies;

/// <summary>A reference table: population, deprivation or postcodes.</summary>
public sealed class SourceDefinition
{
    public string Path { get; set; } = "";

    /// <summary>
    /// Population: <c>age-sex</c> (area_code,sex,age,population) or <c>iod2019</c> (MHCLG File_6).
    /// Deprivation: <c>imd2019</c> (MHCLG File_1) or <c>wimd2019</c>.
    /// Postcodes: <c>csv</c> (ONSPD/NSPL style) or <c>code-point</c> (OS Code-Point Open, no header).
    /// </summary>
    public string Format { get; set; } = "";

    /// <summary>Code-Point Open: the column-headers file that names its columns.</summary>
    public string? ColumnHeaders { get; set; }
}
