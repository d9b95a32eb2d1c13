using StaticCrisis.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Desk;

/// <summary>
/// Edits an update file in place: only the front matter keys that change are rewritten, where they are, and the body
/// only when it changes. Everything else (comments, the order of keys, keys the desk does not know, quoting, line
/// endings) stays byte for byte, so a file edited by hand and saved from the desk loses nothing it did not touch.
/// </summary>
public static class FrontMatterEditor
{
    /// <summary>The top-level keys of the front matter with their parsed values, in file order; null when there is no readable front matter.</summary>
    public static IReadOnlyList<FrontMatterEntry>? Read(string text) =>
        Parse(text) is { } parsed ? [.. parsed.Pairs.Select(pair => new FrontMatterEntry(pair.Key, pair.Value))] : null;

    /// <summary>Where each key's text is (from the key to its value's end) and where the body begins; null without readable front matter.</summary>
    public static (IReadOnlyList<(string Key, int Start, int End)> Keys, int BodyStart)? Spans(string text) =>
        Parse(text) is { } parsed ? ([.. parsed.Pairs.Select(pair => (pair.Key, pair.KeyStart, pair.ValueEnd))], parsed.BodyStart) : null;

    /// <summary>The body: everything after the closing '---'.</summary>
    public static string? Body(string text) => FrontMatter.TrySplit(text, out var frontMatter) == FrontMatter.SplitResult.Ok ? frontMatter!.Body : null;

    /// <summary>
    /// The file with <paramref name="changes"/> made: a key with a value is set (rewritten where it is, else added at the
    /// end of the front matter), a key with null is removed (its lines go). A null <paramref name="body"/> keeps the body.
    /// A file without readable front matter is returned as it is: the desk refuses to edit what it cannot read.
    /// </summary>
    public static string Apply(string text, IReadOnlyDictionary<string, string?> changes, string? body = null)
    {
        if (Parse(text) is not { } parsed)
            return text;
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var edits = new List<(int Start, int End, string Text)>();
        foreach (var (key, value) in changes)
        {
            var existing = parsed.Pairs.FirstOrDefault(pair => pair.Key == key);
            if (existing is null)
            {
                if (value is not null)
                    edits.Add((parsed.YamlEnd, parsed.YamlEnd, $"{key}: {value}{newline}"));
                continue;
            }
            if (value is null)
            {
                edits.Add((LineStart(text, existing.KeyStart), LineEnd(text, existing.ValueEnd), ""));
                continue;
            }
            // From just after the key to the value's end: a block value (lines indented under the key) becomes one line.
            var span = text[existing.KeyEnd..existing.ValueEnd];
            var colon = span.IndexOf(':', StringComparison.Ordinal);
            var trailing = span.EndsWith('\n') ? newline : "";
            edits.Add((existing.KeyEnd + colon, existing.ValueEnd, ": " + value + trailing));
        }
        var bodyStart = parsed.BodyStart;
        if (body is not null)
            edits.Add((bodyStart, text.Length, body));
        var result = text;
        // From the end backwards, so earlier positions stay true; keys added at the same place keep the form's order.
        foreach (var (start, end, replacement) in edits.Select((edit, order) => (edit, order)).OrderByDescending(pair => pair.edit.Start).ThenByDescending(pair => pair.order).Select(pair => pair.edit))
            result = result[..start] + replacement + result[end..];
        return result;
    }

    private static int LineStart(string text, int index) => text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;

    private static int LineEnd(string text, int index)
    {
        if (index > 0 && text[index - 1] == '\n')
            return index;
        var end = text.IndexOf('\n', index);
        return end < 0 ? text.Length : end + 1;
    }

    private static bool IsBlock(YamlNode value) => value switch
    {
        YamlMappingNode mapping => mapping.Style != YamlDotNet.Core.Events.MappingStyle.Flow,
        YamlSequenceNode sequence => sequence.Style != YamlDotNet.Core.Events.SequenceStyle.Flow,
        YamlScalarNode scalar => scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded,
        _ => false,
    };

    /// <summary>
    /// Where a block value ends: after the key's line and every following line that is indented (or blank inside the
    /// block), up to the next line at the left margin, the next key or a comment about it.
    /// </summary>
    private static int BlockEnd(string yaml, int keyEnd)
    {
        var lineEnd = yaml.IndexOf('\n', keyEnd);
        var end = lineEnd < 0 ? yaml.Length : lineEnd + 1;
        var position = end;
        while (position < yaml.Length)
        {
            var next = yaml.IndexOf('\n', position);
            var lineStop = next < 0 ? yaml.Length : next + 1;
            var line = yaml[position..lineStop];
            if (line.Length == 0 || !(line[0] is ' ' or '\t') || line.Trim().Length == 0)
                break;
            end = lineStop;
            position = lineStop;
        }
        return end;
    }

    private sealed record Pair(string Key, int KeyStart, int KeyEnd, int ValueEnd, YamlNode Value);

    private sealed record Parsed(IReadOnlyList<Pair> Pairs, int YamlEnd, int BodyStart);

    private static Parsed? Parse(string text)
    {
        if (FrontMatter.TrySplit(text, out var frontMatter) != FrontMatter.SplitResult.Ok)
            return null;
        var yamlStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var yamlEnd = yamlStart + frontMatter!.Yaml.Length;
        var bodyStart = text.Length - frontMatter.Body.Length;
        if (string.IsNullOrWhiteSpace(frontMatter.Yaml))
            return new Parsed([], yamlEnd, bodyStart);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(frontMatter.Yaml));
        }
        catch (YamlException)
        {
            return null;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow } mapping)
            return null;
        var pairs = new List<Pair>();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
                return null;
            var valueEnd = IsBlock(value) ? BlockEnd(frontMatter.Yaml, (int)key.End.Index) : (int)Math.Min(value.End.Index, frontMatter.Yaml.Length);
            pairs.Add(new Pair(name, yamlStart + (int)key.Start.Index, yamlStart + (int)key.End.Index, yamlStart + valueEnd, value));
        }
        return new Parsed(pairs, yamlEnd, bodyStart);
    }
}

/// <summary>One top-level key of the front matter and its parsed value.</summary>
public sealed record FrontMatterEntry(string Key, YamlNode Value);
