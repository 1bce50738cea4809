namespace GeoNeeds.Engine.Studies;

/// <summary>Progress of a long stage, for the command line to show: what is being done and how many rows so far.</summary>
public sealed record StudyProgress(string Stage, long Rows);
