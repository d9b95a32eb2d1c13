using System.Text.RegularExpressions;
using StaticCrisis.Core.Kernel.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Kernel.Yaml;

/// <summary>
/// Turns a YAML reader's failure into the slip a writer most likely made, told as what to do, at the line where it was made:
/// a tab, a duplicated key, a quote never closed (or closed with a word processor's ”), a colon in an unquoted text, a line
/// indented differently from its neighbours, a list item among keys, a text starting with '@'. The reader's own words are
/// the last resort, as they name its grammar, not the writer's mistake.
/// </summary>
public static partial class YamlSlips
{
    /// <summary>"  key: value" (or "- key: value"): the indentation, the key and what follows the colon.</summary>
    [GeneratedRegex(@"^(?<indent> *)(?:- +)?(?<key>[^\s:#'""\[\]{}-][^:#]*?):(?: +(?<value>.*))?$")]
    private static partial Regex KeyLine();

    private static readonly (char Quote, string Curly)[] Quotes = [('"', "”“„″"), ('\'', "’‘‚′")];

    public static Diagnostic Explain(YamlSource source, YamlException e)
    {
        var lines = source.Text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var errorLine = Math.Clamp((int)e.Start.Line, 1, Math.Max(1, lines.Length));
        SourceLocation At(int line, int column) => new(source.Path, line + source.LineOffset, column);

        // A tab anywhere in an indentation, even far below where the reader gave up.
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
                return Problems.YamlTab(source, At(i + 1, tab + 1));
        }

        if (e.Message.StartsWith("Duplicate key", StringComparison.Ordinal) || e.InnerException?.Message.StartsWith("Duplicate key", StringComparison.Ordinal) == true)
            return Duplicate(source, lines, e.Start, At((int)e.Start.Line, (int)e.Start.Column));

        // A quote opened and never closed runs on over the lines below, so the reader fails later: look from the top.
        for (var i = 0; i < errorLine && i < lines.Length; i++)
        {
            if (KeyLine().Match(lines[i]) is not { Success: true } match || match.Groups["value"] is not { Success: true } value || value.Value.Length == 0)
                continue;
            foreach (var (quote, curly) in Quotes)
            {
                if (value.Value[0] != quote || IsClosed(value.Value, quote))
                    continue;
                var key = match.Groups["key"].Value.Trim();
                var curlyAt = value.Value.IndexOfAny(curly.ToCharArray(), 1);
                return curlyAt >= 0
                    ? Problems.YamlCurlyQuote(source, At(i + 1, value.Index + curlyAt + 1), key, value.Value[curlyAt].ToString(), quote.ToString())
                    : Problems.YamlQuoteNotClosed(source, At(i + 1, value.Index + 1), key, quote.ToString());
            }
        }

        foreach (var line in (int[])[errorLine, errorLine - 1])
        {
            if (line < 1 || line > lines.Length || KeyLine().Match(lines[line - 1]) is not { Success: true } match || match.Groups["value"] is not { Success: true } value)
                continue;
            var text = value.Value.TrimEnd();
            if (text.Length == 0 || "\"'[{|>&*!".Contains(text[0], StringComparison.Ordinal))
                continue;
            var key = match.Groups["key"].Value.Trim();
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon >= 0 || text.EndsWith(':'))
                return Problems.YamlColonInValue(source, At(line, value.Index + (colon >= 0 ? colon : text.Length - 1) + 1), key, YamlScalar.Quote(text));
            if (line == errorLine && text[0] is '@' or '`' or '%')
                return Problems.YamlReservedStart(source, At(line, value.Index + 1), key, text[0], YamlScalar.Quote(text));
        }

        if (errorLine <= lines.Length && Previous(lines, errorLine) is { } above)
        {
            var current = lines[errorLine - 1];
            var indent = current.Length - current.TrimStart(' ').Length;
            var aboveIndent = above.Length - above.TrimStart(' ').Length;
            var opensBlock = above.TrimEnd().EndsWith(':');
            if (current.TrimStart().StartsWith("- ", StringComparison.Ordinal) && indent == aboveIndent && !above.TrimStart().StartsWith('-'))
                return Problems.YamlListItemAmongKeys(source, At(errorLine, indent + 1));
            if (indent != aboveIndent && !(opensBlock && indent > aboveIndent))
                return Problems.YamlIndentation(source, At(errorLine, 1), indent, aboveIndent);
        }

        return Problems.YamlInvalid(source, source.At(e.Start), ReaderWords(e));
    }

    /// <summary>"title:Vatten" reads as one text, not a key: the usual cause is a missing space after the colon.</summary>
    public static Diagnostic NotAMapping(YamlSource source, YamlNode root)
    {
        if (root is YamlScalarNode { Value: { } text } && Regex.Match(text, @"^([A-Za-z][\w.-]*):(\S.*?)(?:\s|$)") is { Success: true } missing)
            return Problems.NoSpaceAfterColon(source, source.At(root), $"{missing.Groups[1].Value}: {missing.Groups[2].Value}");
        return Problems.NotAMapping(source, source.At(root), YamlShapes.Describe(root));
    }

    private static Diagnostic Duplicate(YamlSource source, string[] lines, Mark mark, SourceLocation at)
    {
        var index = (int)mark.Line - 1;
        if (index < 0 || index >= lines.Length)
            return Problems.YamlDuplicateKey(source, at, "", 0);
        var line = lines[index];
        var start = Math.Clamp((int)mark.Column - 1, 0, line.Length);
        var colon = line.IndexOf(':', start);
        var key = (colon > start ? line[start..colon] : line[start..]).Trim().Trim('"', '\'');
        var first = 0;
        for (var i = 0; i < index; i++)
        {
            if (KeyLine().Match(lines[i]) is { Success: true } match && match.Groups["indent"].Length == start && match.Groups["key"].Value.Trim() == key)
            {
                first = i + 1 + source.LineOffset;
                break;
            }
        }
        return Problems.YamlDuplicateKey(source, at, key, first);
    }

    private static bool IsClosed(string value, char quote)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (quote == '"' && value[i] == '\\')
                i++;
            else if (value[i] == quote && quote == '\'' && i + 1 < value.Length && value[i + 1] == '\'')
                i++;
            else if (value[i] == quote)
                return true;
        }
        return false;
    }

    private static string? Previous(string[] lines, int line)
    {
        for (var i = line - 2; i >= 0; i--)
        {
            if (lines[i].Trim() is { Length: > 0 } trimmed && !trimmed.StartsWith('#'))
                return lines[i];
        }
        return null;
    }

    private static string ReaderWords(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location is printed separately.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal))
            message = message[(cut + 3)..];
        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "the YAML could not be read" : char.ToLowerInvariant(message[0]) + message[1..];
    }
}
