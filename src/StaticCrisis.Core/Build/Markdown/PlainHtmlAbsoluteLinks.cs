using System.Text;

namespace StaticCrisis.Core.Build.Markdown;

/// <summary>
/// <see cref="AbsoluteLinks"/> without an HTML parser, for bodies <see cref="PlainMarkdownHtml"/> wrote: Markdig's own HTML,
/// well formed and made of a few known elements. It writes what parsing with AngleSharp and serialising again gives (void
/// elements without " /", text and attribute values escaped as the HTML serializer escapes them), which a test checks on
/// every body it has. Anything else (an element or character reference Markdig does not write, a carriage return, a link in
/// a link, text where a table has none) makes it give up, and the caller parses the HTML. Parsing cost more on a small site
/// than the rest of its feeds: AngleSharp's first document takes tens of milliseconds to set up.
/// Kept because it pays: 4.6 times faster than AngleSharp on the sample's feeds (bench/README.md, FastPathBenchmarks).
/// </summary>
internal static class PlainHtmlAbsoluteLinks
{
    // What Markdig writes for CommonMark, pipe tables and autolinks, plus the table box PlainMarkdownHtml adds.
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "a", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "li", "ol", "p", "pre",
        "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
    };

    // A start tag of one of these ends an open paragraph in an HTML parser, so Markdig never writes one inside a paragraph.
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre", "table", "ul",
    };

    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal) { "table", "thead", "tbody", "tr" };

    // Where a parser expects these; anywhere else it closes or adds elements around them.
    private static readonly Dictionary<string, string[]> Parents = new(StringComparer.Ordinal)
    {
        ["li"] = ["ul", "ol"],
        ["thead"] = ["table"],
        ["tbody"] = ["table"],
        ["tr"] = ["thead", "tbody"],
        ["td"] = ["tr"],
        ["th"] = ["tr"],
    };

    /// <summary>The body with absolute links, or null when it is not in a shape this knows (then parse it).</summary>
    public static string? TryResolve(string html, Uri pageUrl)
    {
        var output = new StringBuilder(html.Length + 256);
        var open = new List<string>();
        var attributes = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                i = html.AsSpan(i).StartsWith("</") ? EndTag(html, i, open, output) : StartTag(html, i, open, attributes, pageUrl, output);
                if (i < 0)
                    return null;
                continue;
            }
            if (c == '&')
            {
                if (!TryDecode(html, ref i, out c))
                    return null;
            }
            else
            {
                i++;
            }
            if (IsRefused(c) || (open.Count > 0 && TableParts.Contains(open[^1]) && c is not (' ' or '\n' or '\t')))
                return null; // text straight inside a table is moved out of it by a parser
            AppendText(output, c);
        }
        return open.Count == 0 ? output.ToString() : null;
    }

    private static int EndTag(string html, int start, List<string> open, StringBuilder output)
    {
        var end = NameEnd(html, start + 2);
        if (end == start + 2 || end >= html.Length || html[end] != '>')
            return -1;
        var name = html[(start + 2)..end];
        if (open.Count == 0 || open[^1] != name)
            return -1;
        open.RemoveAt(open.Count - 1);
        output.Append(html, start, end + 1 - start);
        return end + 1;
    }

    private static int StartTag(string html, int start, List<string> open, List<string> attributes, Uri pageUrl, StringBuilder output)
    {
        var i = NameEnd(html, start + 1);
        var name = html[(start + 1)..i];
        if (!Elements.Contains(name))
            return -1;
        if (open.Contains("p") && ClosesParagraph.Contains(name) || name == "a" && open.Contains("a"))
            return -1;
        var parent = open.Count > 0 ? open[^1] : null;
        if (Parents.TryGetValue(name, out var parents) ? !parents.Contains(parent) : parent is not null && TableParts.Contains(parent))
            return -1;
        output.Append('<').Append(name);
        attributes.Clear();
        while (true)
        {
            if (i >= html.Length)
                return -1;
            if (html[i] == '>')
            {
                i++;
                break;
            }
            if (html.AsSpan(i).StartsWith(" />"))
            {
                if (!IsVoid(name))
                    return -1;
                i += 3;
                break;
            }
            if (html[i] != ' ')
                return -1;
            var nameStart = i + 1;
            var nameEnd = NameEnd(html, nameStart);
            if (nameEnd == nameStart || !html.AsSpan(nameEnd).StartsWith("=\""))
                return -1;
            var attribute = html[nameStart..nameEnd];
            if (attributes.Contains(attribute))
                return -1;
            attributes.Add(attribute);
            var valueEnd = html.IndexOf('"', nameEnd + 2);
            if (valueEnd < 0 || Decode(html, nameEnd + 2, valueEnd) is not { } value)
                return -1;
            i = valueEnd + 1;
            if (name == "img" && attribute == "loading")
                continue; // as AbsoluteLinks: lazy loading means nothing in a feed reader
            if (IsLink(name, attribute) && Uri.TryCreate(pageUrl, value, out var absolute))
                value = absolute.AbsoluteUri;
            output.Append(' ').Append(attribute).Append("=\"");
            foreach (var v in value)
                AppendAttributeValue(output, v);
            output.Append('"');
        }
        output.Append('>');
        if (!IsVoid(name))
        {
            // A parser drops a line feed right after <pre>, and the serializer writes one back: leave that to them.
            if (name == "pre" && i < html.Length && html[i] == '\n')
                return -1;
            open.Add(name);
        }
        return i;
    }

    private static int NameEnd(string html, int start)
    {
        var i = start;
        while (i < html.Length && (char.IsAsciiLetterLower(html[i]) || char.IsAsciiDigit(html[i]) || (i > start && html[i] == '-')))
            i++;
        return i;
    }

    private static bool IsVoid(string name) => name is "br" or "hr" or "img";

    /// <summary>The attributes <see cref="AbsoluteLinks"/> makes absolute.</summary>
    private static bool IsLink(string element, string attribute) => (element, attribute) switch
    {
        ("a", "href") or ("img", "src") => true,
        ("blockquote" or "q" or "del" or "ins", "cite") => true,
        _ => false,
    };

    private static string? Decode(string html, int start, int end)
    {
        var value = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            char c;
            if (html[i] == '&')
            {
                if (!TryDecode(html, ref i, out c) || i > end)
                    return null;
            }
            else
            {
                c = html[i++];
            }
            if (IsRefused(c))
                return null;
            value.Append(c);
        }
        return value.ToString();
    }

    /// <summary>The four references Markdig writes when it escapes text and attributes; any other one is left to the parser.</summary>
    private static bool TryDecode(string html, ref int i, out char c)
    {
        var rest = html.AsSpan(i);
        (c, var length) = rest switch
        {
            _ when rest.StartsWith("&amp;") => ('&', 5),
            _ when rest.StartsWith("&lt;") => ('<', 4),
            _ when rest.StartsWith("&gt;") => ('>', 4),
            _ when rest.StartsWith("&quot;") => ('"', 6),
            _ => ('\0', 0),
        };
        i += length;
        return length > 0;
    }

    // A parser turns a carriage return into a line feed and a NUL into U+FFFD or nothing; other control characters are
    // dropped later (SourceText.WithoutControlCharacters) whichever way the links were made.
    private static bool IsRefused(char c) => c is '\r' or '\0';

    // HTML's serialisation of text escapes &, <, > and no-break spaces; of attribute values, the double quote too.
    private static void AppendText(StringBuilder output, char c)
    {
        switch (c)
        {
            case '&': output.Append("&amp;"); break;
            case '<': output.Append("&lt;"); break;
            case '>': output.Append("&gt;"); break;
            case '\u00A0': output.Append("&nbsp;"); break;
            default: output.Append(c); break;
        }
    }

    private static void AppendAttributeValue(StringBuilder output, char c)
    {
        if (c == '"')
            output.Append("&quot;");
        else
            AppendText(output, c);
    }
}
