namespace StaticCrisis.Core.Content;

/// <summary>An update file split into its YAML front matter and Markdown body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    public enum SplitResult
    {
        Ok,
        Missing,
        NotClosed,
    }

    /// <summary>Front matter sits between a first line '---' and the next line '---' (or '...').</summary>
    public static SplitResult TrySplit(string text, out FrontMatter? frontMatter)
    {
        frontMatter = null;
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() != "---")
            return SplitResult.Missing;

        var lineNumber = 2;
        var start = firstEnd + 1;
        var position = start;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (line.TrimEnd() is "---" or "...")
            {
                var bodyStart = end < 0 ? text.Length : end + 1;
                frontMatter = new FrontMatter(text[start..position], 2, text[bodyStart..], lineNumber + 1);
                return SplitResult.Ok;
            }
            if (end < 0)
                break;
            position = end + 1;
            lineNumber++;
        }
        return SplitResult.NotClosed;
    }
}
