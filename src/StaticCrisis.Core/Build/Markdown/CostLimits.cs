namespace StaticCrisis.Core.Build.Markdown;

/// <summary>
/// Two shapes make Markdig's time grow with the square of their size, measured (bench/README.md): link openers that never
/// close ("[a](" repeated: 25 KB took 1.8 s, 400 KB 165 s), because each is tried against the rest of its paragraph, and
/// thousands of link reference definitions. Both are counted here in one pass before parsing, so every body is rendered
/// in time that grows in step with its size or refused with a located error. No real update comes near either limit.
/// </summary>
public static class CostLimits
{
    /// <summary>Link openers ('[') times the paragraph's length, at most: about a fifth of a second of parsing.</summary>
    public const long MaxLinkWorkPerParagraph = 20_000_000;

    /// <summary>The same summed over all paragraphs: about a second, however the openers are spread.</summary>
    public const long MaxLinkWork = 100_000_000;

    /// <summary>Link reference definitions ("[x]: address") in one update.</summary>
    public const int MaxReferenceDefinitions = 500;

    public enum Excess
    {
        None,
        LinkOpeners,
        ReferenceDefinitions,
    }

    /// <summary>The first limit the body goes over, and the 1-based line (within the body) where its paragraph starts.</summary>
    public static (Excess Excess, int Line) Check(string body)
    {
        var line = 1;
        var paragraphStart = 1;
        long paragraphLength = 0, openers = 0, settled = 0;
        var definitions = 0;
        var lineStart = true;
        var blank = true;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (lineStart && IsReferenceDefinition(body, i))
                definitions++;
            lineStart = false;
            if (c == '\n')
            {
                if (blank)
                {
                    // A blank line ends the paragraph: its cost is settled.
                    settled += openers * paragraphLength;
                    paragraphLength = 0;
                    openers = 0;
                    paragraphStart = line + 1;
                }
                line++;
                lineStart = true;
                blank = true;
                continue;
            }
            if (c is not (' ' or '\t'))
                blank = false;
            paragraphLength++;
            if (c == '[')
                openers++;
            if (openers * paragraphLength is var work && (work > MaxLinkWorkPerParagraph || settled + work > MaxLinkWork))
                return (Excess.LinkOpeners, paragraphStart);
        }
        return definitions > MaxReferenceDefinitions ? (Excess.ReferenceDefinitions, 1) : (Excess.None, 0);
    }

    /// <summary>Up to three spaces, then '[', a label without ']' and "]:" on the same line.</summary>
    private static bool IsReferenceDefinition(string body, int start)
    {
        var i = start;
        while (i < body.Length && i - start < 3 && body[i] == ' ')
            i++;
        if (i >= body.Length || body[i] != '[')
            return false;
        var close = body.IndexOfAny([']', '\n'], i + 1);
        return close > 0 && body[close] == ']' && close + 1 < body.Length && body[close + 1] == ':';
    }
}
