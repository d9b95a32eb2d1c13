namespace StaticCrisis.Tests.Support;

/// <summary>
/// Files written in one text, as Go's txtar: a comment, then sections headed by a line <c>-- name --</c>. A section is the
/// lines up to the next header, each ending in a newline, so every file ends in one (Go's rule, one rule for all tests).
/// </summary>
public static class Txtar
{
    public static IReadOnlyList<(string Name, string Content)> Parse(string text)
    {
        var sections = new List<(string Name, string Content)>();
        string? current = null;
        var body = new System.Text.StringBuilder();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        // The text's own last newline ends its last line; it does not start another one.
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        foreach (var line in lines.Take(count))
        {
            if (Header(line) is { } name)
            {
                if (current is not null)
                    sections.Add((current, body.ToString()));
                current = name;
                body.Clear();
            }
            else if (current is not null)
            {
                body.Append(line).Append('\n');
            }
        }
        if (current is not null)
            sections.Add((current, body.ToString()));
        return sections;
    }

    private static string? Header(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 6 && trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal)
            ? trimmed[3..^3].Trim()
            : null;
    }
}
