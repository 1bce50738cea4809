namespace GeoNeeds.Engine.Io.Population;

/// <summary>The people of one area in one group of a field (e.g. an ethnic group), as a population table gives them.</summary>
/// <param name="AreaCode">The area's code.</param>
/// <param name="Group">The group, as the table writes it.</param>
/// <param name="Population">The people, zero or more.</param>
public sealed record GroupPopulation(string AreaCode, string Group, double Population);
