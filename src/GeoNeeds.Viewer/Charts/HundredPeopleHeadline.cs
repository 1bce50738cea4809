namespace GeoNeeds.Viewer.Charts;

/// <summary>One headline of "If a service supported 100 people": of 100 people, how many this describes.</summary>
/// <param name="Section">The part of the page it belongs to, e.g. "At intake" or "At exit".</param>
/// <param name="Label">What is true of them, e.g. "were at high risk (DASH 10+)".</param>
/// <param name="PerHundred">The count scaled to 100 people, 0 to 100; null when it is suppressed or has no base.</param>
public sealed record HundredPeopleHeadline(string Section, string Label, int? PerHundred);
