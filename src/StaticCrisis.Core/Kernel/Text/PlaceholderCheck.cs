using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Kernel.Text;

/// <summary>
/// The prepared messages from <c>init</c> mark what the writer must complete as <c>[FYLL I: …]</c>, <c>[FILL IN: …]</c>
/// or the same words in the starter's other languages. One left in a published update would reach residents as a blank
/// where a phone number or a time should be.
/// </summary>
public static class PlaceholderCheck
{
    /// <summary>The marker of each starter's language: sv, en, fi, fit (Meänkieli), se (Northern Sami), ar, fa, so, uk.</summary>
    public static readonly string[] Markers = ["[FYLL I:", "[FILL IN:", "[TÄYDENNÄ:", "[TÄYTÄ:", "[DEVDDE:", "[أكمل:", "[تکمیل کنید:", "[BUUXI:", "[ЗАПОВНІТЬ:"];

    /// <summary>The first marker in the text, as written there ("[FYLL I:"), or null.</summary>
    public static string? FirstMarker(string text) =>
        Markers.Select(marker => text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? (at, text.Substring(at, marker.Length)) : (at: int.MaxValue, null))
            .MinBy(found => found.at).Item2;

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
