namespace GeoNeeds.Viewer.Maps;

/// <summary>Breaks text into lines that fit a width, at spaces (and at line breaks already in the text).</summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, float width, float size)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && MapFont.Width(candidate, size) > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
