namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The PostgreSQL/PostGIS database a study reads tables from or writes results to. Give the connection string
/// itself, or, so that no password sits in a file, the name of an environment variable that holds it.
/// </summary>
public sealed class DatabaseDefinition
{
    /// <summary>An Npgsql connection string, e.g. <c>Host=warehouse;Database=community_safety;Username=analyst</c>.</summary>
    public string? Connection { get; set; }

    /// <summary>The environment variable holding the connection string, e.g. <c>GEONEEDS_DATABASE</c>.</summary>
    public string? ConnectionEnv { get; set; }
}
