namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>The kind of service whose forms are read: children's forms also ask about exposure to abuse and direct abuse.</summary>
public enum OutcomeService
{
    Adult,
    Children,
}
