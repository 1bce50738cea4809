namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>
/// The level of one type of abuse a practitioner records on an intake or exit form (SafeLives Insights' levels);
/// a form that leaves it empty has none (<c>null</c>), which is not the same as <see cref="None"/>.
/// </summary>
public enum AbuseLevel
{
    /// <summary>The abuse is not happening.</summary>
    None,

    /// <summary>Standard severity.</summary>
    Standard,

    /// <summary>Moderate severity.</summary>
    Moderate,

    /// <summary>High severity.</summary>
    High,

    /// <summary>The practitioner did not know.</summary>
    DontKnow,
}
