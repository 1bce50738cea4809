namespace GeoNeeds.Engine.Publish.DataDictionary;

/// <summary>One column of a published CSV as a Frictionless Table Schema field.</summary>
/// <param name="Type">The Table Schema type: <c>string</c>, <c>integer</c>, <c>number</c> or <c>boolean</c>.</param>
/// <param name="Unit">What a number is measured in (e.g. "per 1,000 residents", "%"), when it has a unit.</param>
public sealed record TableField(string Name, string Type, string Description, string? Unit = null);
