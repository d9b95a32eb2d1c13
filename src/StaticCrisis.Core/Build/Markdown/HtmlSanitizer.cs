using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Core.Build.Markdown;

/// <summary>
/// Keeps only the HTML a press update needs. Works from allow-lists: an element or attribute not named here never reaches
/// a page, so scripts, frames, forms, event handlers and <c>javascript:</c> URLs are gone whatever way they were written.
/// </summary>
public static partial class HtmlSanitizer
{
    [System.Text.RegularExpressions.GeneratedRegex("^language-[A-Za-z0-9_+#.-]{1,40}$")]
    private static partial System.Text.RegularExpressions.Regex LanguageClass();

    /// <summary>Removed together with everything inside them.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript", "noembed",
        "form", "input", "button", "textarea", "select", "option", "svg", "math", "link", "meta", "base", "title",
        "audio", "video", "canvas", "dialog", "head", "portal",
    };

    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
        "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.OrdinalIgnoreCase) { "title", "lang", "dir" };

    private static readonly Dictionary<string, string[]> ElementAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "hreflang"],
        ["img"] = ["src", "alt", "width", "height"],
        ["td"] = ["colspan", "rowspan", "style"],
        ["th"] = ["colspan", "rowspan", "scope", "style"],
        ["ol"] = ["start", "reversed", "type"],
        ["li"] = ["value"],
        ["time"] = ["datetime"],
        ["blockquote"] = ["cite"],
        ["q"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
        ["details"] = ["open"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["h1"] = ["id"],
        ["h2"] = ["id"],
        ["h3"] = ["id"],
        ["h4"] = ["id"],
        ["h5"] = ["id"],
        ["h6"] = ["id"],
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" };

    /// <summary>Elements nested deeper than this are dropped: no real update needs it, and it bounds every later walk of the tree.</summary>
    public const int MaxDepth = 48;

    /// <summary>How deep tags nest, counted on the text without parsing: opening tags minus closing ones, at most.</summary>
    public static int NestingDepth(string html)
    {
        int depth = 0, deepest = 0;
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] != '<')
                continue;
            if (html[i + 1] == '/')
                depth--;
            else if (char.IsAsciiLetter(html[i + 1]) && !IsVoid(html, i + 1))
                deepest = Math.Max(deepest, ++depth);
        }
        return deepest;
    }

    private static readonly string[] VoidElements = ["br", "img", "hr", "wbr", "input", "meta", "link", "col", "area", "base", "embed", "source", "track", "param"];

    private static bool IsVoid(string html, int nameStart)
    {
        var end = nameStart;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            end++;
        var name = html.AsSpan(nameStart, end - nameStart);
        foreach (var candidate in VoidElements)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // A parser carries its own browsing context, costly to set up; one per thread is reused for every body. It is in a class
    // of its own so that the checks the Markdown fast path makes (SafeUrls.IsSafe, NestingDepth) do not load AngleSharp.
    private static class Parsers
    {
        public static readonly ThreadLocal<HtmlParser> PerThread = new(() => new HtmlParser());
    }

    /// <param name="RemoteImages">Images on other hosts, turned into links: a page loads nothing from a third party.</param>
    public sealed record Result(string Html, string FirstParagraph, int RemoteImages = 0);

    public static Result Sanitize(string html)
    {
        var document = Parsers.PerThread.Value!.ParseDocument("<!DOCTYPE html><html><body>" + html);
        var body = document.Body!;
        Clean(body, 0);
        DemoteHeadings(body);
        WrapTables(body);
        var remoteImages = 0;
        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            if (SafeUrls.IsOnAnotherHost(image.GetAttribute("src") ?? ""))
            {
                // Loading it would tell another host who reads the page (a tracking pixel): a link to it is shown instead.
                var link = image.Owner!.CreateElement("a");
                link.SetAttribute("href", image.GetAttribute("src")!);
                link.TextContent = image.GetAttribute("alt") is { Length: > 0 } alt ? alt : image.GetAttribute("src")!;
                image.Replace(link);
                remoteImages++;
                continue;
            }
            image.SetAttribute("alt", image.GetAttribute("alt") ?? "");
            image.SetAttribute("loading", "lazy");
        }
        var firstParagraph = body.Children.FirstOrDefault(child => child.LocalName == "p")?.TextContent ?? "";
        return new Result(body.InnerHtml, SourceText.Clean(firstParagraph), remoteImages);
    }

    private static void Clean(IElement parent, int depth)
    {
        foreach (var node in parent.ChildNodes.ToList())
        {
            switch (node)
            {
                case IElement element when depth >= MaxDepth || Dropped.Contains(element.LocalName) || element.NamespaceUri != "http://www.w3.org/1999/xhtml":
                    element.Remove();
                    break;
                case IElement element when !Allowed.Contains(element.LocalName):
                    Clean(element, depth + 1);
                    Unwrap(element);
                    break;
                case IElement element:
                    CleanAttributes(element);
                    Clean(element, depth + 1);
                    break;
                case IComment comment:
                    comment.Remove();
                    break;
            }
        }
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        foreach (var child in element.ChildNodes.ToList())
            parent.InsertBefore(child, element);
        element.Remove();
    }

    private static void CleanAttributes(IElement element)
    {
        ElementAttributes.TryGetValue(element.LocalName, out var allowedHere);
        foreach (var attribute in element.Attributes.ToList())
        {
            var name = attribute.Name;
            var keep = GlobalAttributes.Contains(name) || (allowedHere?.Contains(name, StringComparer.OrdinalIgnoreCase) ?? false);
            if (keep && UrlAttributes.Contains(name))
                keep = SafeUrls.IsSafe(attribute.Value);
            if (name.Equals("class", StringComparison.OrdinalIgnoreCase) && element.LocalName == "code")
                keep = LanguageClass().IsMatch(attribute.Value); // fenced code: ```js gives class="language-js"
            if (keep && name.Equals("style", StringComparison.OrdinalIgnoreCase))
                keep = attribute.Value.Trim() is "text-align: left;" or "text-align: center;" or "text-align: right;";
            if (!keep)
                element.RemoveAttribute(name);
        }
    }

    /// <summary>
    /// A wide table scrolls inside its own box on a phone instead of pushing the page sideways. The box can take keyboard
    /// focus (so it can be scrolled without a mouse) and is named by the table's column headers for screen readers.
    /// </summary>
    private static void WrapTables(IElement body)
    {
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            var wrapper = table.Owner!.CreateElement("div");
            wrapper.ClassName = "table-scroll";
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("role", "region");
            var caption = table.QuerySelector("caption")?.TextContent;
            // A table may have no rows at all (raw HTML "<table></table>"): then it has no headers to name it by.
            var firstRow = table.QuerySelector("tr");
            var headers = string.Join(", ", firstRow?.Children.Select(cell => cell.TextContent.Trim()).Where(text => text.Length > 0) ?? []);
            var label = SourceText.Clean(string.IsNullOrWhiteSpace(caption) ? headers : caption);
            if (label.Length > 0)
                wrapper.SetAttribute("aria-label", label);
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    /// <summary>The page title is the only h1: a body that uses '#' headings moves every heading one level down.</summary>
    private static void DemoteHeadings(IElement body)
    {
        if (body.QuerySelector("h1") is null)
            return;
        foreach (var heading in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
        {
            var level = Math.Min(heading.LocalName[1] - '0' + 1, 6);
            var replacement = heading.Owner!.CreateElement("h" + level);
            foreach (var attribute in heading.Attributes)
                replacement.SetAttribute(attribute.Name, attribute.Value);
            foreach (var child in heading.ChildNodes.ToList())
                replacement.AppendChild(child);
            heading.Replace(replacement);
        }
    }
}
