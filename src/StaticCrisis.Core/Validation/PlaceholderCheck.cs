using StaticCrisis.Core.Diagnostics;

namespace StaticCrisis.Core.Validation;

/// <summary>
/// The prepared messages from <c>init</c> mark what the writer must complete as <c>[FYLL I: …]</c> / <c>[FILL IN: …]</c>.
/// One left in a published update would reach residents as a blank where a phone number or a time should be.
/// </summary>
public static class PlaceholderCheck
{
    public static readonly string[] Markers = ["[FYLL I:", "[FILL IN:"];

    public static void Check(string path, string text, DiagnosticBag diagnostics)
    {
        var count = 0;
        SourceLocation? first = null;
        string? example = null;
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            foreach (var marker in Markers)
            {
                for (var at = line.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                    if (first is null || (lineNumber == first.Value.Line && at + 1 < first.Value.Column))
                    {
                        first = new SourceLocation(path, lineNumber, at + 1);
                        var end = line.IndexOf(']', at);
                        example = end < 0 ? line[at..].TrimEnd('\r') : line[at..(end + 1)];
                    }
                }
            }
        }
        if (first is { } location)
            diagnostics.Add(Problems.PlaceholderLeft(location, example!, count));
    }
}
