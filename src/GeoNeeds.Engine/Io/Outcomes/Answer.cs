namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>A yes/no question on an intake or exit form; an empty field has no answer (<c>null</c>).</summary>
public enum Answer
{
    Yes,
    No,
    DontKnow,
}
