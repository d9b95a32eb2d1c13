using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Kernel.Text;

/// <summary>
/// The prepared messages from <c>init</c> mark what the writer must complete as <c>[FYLL I: …]</c> / <c>[FILL IN: …]</c>.
/// One left in a published update would reach residents as a blank where a phone number or a time should be.
/// </summary>
public static class PlaceholderCheck
{
    public static readonly string[] Markers = ["[FYLL I:", "[FILL IN:"];

    /// <summary>Each placeholder is an error at its own line and column, so the writer can go through them one by one.</summary>
    public static void Check(string path, string text, DiagnosticBag diagnostics)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            foreach (var marker in Markers)
            {
                for (var at = line.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var end = line.IndexOf(']', at);
                    var example = end < 0 ? line[at..].TrimEnd('\r') : line[at..(end + 1)];
                    diagnostics.Add(Problems.PlaceholderLeft(new SourceLocation(path, lineNumber, at + 1), example));
                }
            }
        }
    }
}
