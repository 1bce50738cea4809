namespace GeoNeeds.Viewer.Tests;

/// <summary>Compares doubles to an absolute tolerance, for bounds computed with rounding.</summary>
internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
