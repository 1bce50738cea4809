using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The PostgreSQL/PostGIS database a study reads tables from or writes results to. Give the connection string
/// itself, or, so that no password sits in a file, the name of an environment variable that holds it.
/// </summary>
public sealed record DatabaseDefinition
{
    [Description("An Npgsql connection string, e.g. Host=warehouse;Database=community_safety;Username=analyst.")]
    public string? Connection { get; init; }

    [Description("The environment variable holding the connection string, e.g. GEONEEDS_DATABASE.")]
    public string? ConnectionEnv { get; init; }
}
