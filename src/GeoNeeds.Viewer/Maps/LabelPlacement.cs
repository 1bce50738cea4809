using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>A label that would like to sit centred on <see cref="Anchor"/>; larger areas are placed first.</summary>
internal sealed record LabelCandidate(string Text, SKPoint Anchor, SKSize Size, double Priority);

/// <summary>Area names placed so that none overlaps another or leaves the map frame.</summary>
internal static class LabelPlacement
{
    /// <summary>
    /// Greedy placement by priority: each candidate, biggest area first, is kept if its box (with
    /// <paramref name="padding"/> around it) is inside <paramref name="frame"/> and clear of every label kept
    /// before; otherwise it is left out, so crowded maps show the names that fit rather than a pile of text.
    /// </summary>
    public static IReadOnlyList<(LabelCandidate Label, SKRect Box)> Place(IEnumerable<LabelCandidate> candidates, SKRect frame, float padding = 2)
    {
        var placed = new List<(LabelCandidate, SKRect)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Priority))
        {
            var box = SKRect.Create(candidate.Anchor.X - (candidate.Size.Width / 2), candidate.Anchor.Y - (candidate.Size.Height / 2), candidate.Size.Width, candidate.Size.Height);
            var padded = SKRect.Inflate(box, padding, padding);
            if (frame.Contains(box) && !placed.Any(p => p.Item2.IntersectsWith(padded)))
            {
                placed.Add((candidate, box));
            }
        }

        return placed;
    }
}
