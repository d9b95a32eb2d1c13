namespace StaticCrisis.Core.Desk;

/// <summary>
/// The lines of two texts as kept, removed and added, in order: the longest common subsequence of lines, which is what a
/// reviewer reads as "what changed". Update files are short (a few hundred lines), so the quadratic table is small.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Between(string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        }
        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new DiffLine(DiffKind.Kept, a[x]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                lines.Add(new DiffLine(DiffKind.Added, b[y++]));
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }
        }
        return lines;
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}

public enum DiffKind
{
    Kept,
    Removed,
    Added,
}

public sealed record DiffLine(DiffKind Kind, string Text);
