using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Tests.Properties;

/// <summary>What "nothing hostile reaches a page" means, checked on parsed HTML the way a browser would read it.</summary>
public static class SafeOutput
{
    private static readonly HashSet<string> Forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "object", "embed", "applet", "form", "input", "button", "textarea", "select", "svg", "math",
        "base", "meta", "link", "style", "template", "noscript", "portal", "dialog", "audio", "video",
    };

    private static readonly string[] UrlAttributes = ["href", "src", "cite", "action", "formaction", "srcset", "poster", "data", "xlink:href", "background"];

    /// <summary>The problems in a body fragment: an element that can run or load something, an event handler, an unsafe URL.</summary>
    public static IReadOnlyList<string> ProblemsInFragment(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html);
        return Problems(document.Body!.QuerySelectorAll("*"));
    }

    /// <summary>The same for a whole page of the theme, whose head has its own stylesheet link and meta elements.</summary>
    public static IReadOnlyList<string> ProblemsInPage(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        // Structured data (JSON-LD) is the one script a page has: data, never run.
        foreach (var data in document.QuerySelectorAll("script[type='application/ld+json']").ToList())
            data.Remove();
        // The notice's QR code is the theme's own drawing: accepted only as exactly that, one shape and nothing that loads or runs.
        foreach (var qr in document.QuerySelectorAll("svg.qr").ToList())
        {
            var onlyDrawing = qr.Attributes.All(attribute => attribute.Name is "class" or "role" or "aria-label" or "viewBox" or "viewbox" or "xmlns" or "shape-rendering")
                && qr.Children.All(child => child.LocalName == "path" && child.Children.Length == 0 && child.Attributes.All(attribute => attribute.Name is "fill" or "d"));
            if (onlyDrawing)
                qr.Remove();
        }
        var problems = Problems(document.Body!.QuerySelectorAll("*")).ToList();
        problems.AddRange(document.Head!.QuerySelectorAll("script, iframe, object, embed, base").Select(element => $"<{element.LocalName}> in the head"));
        return problems;
    }

    /// <summary>Text that feed readers take as HTML (RSS descriptions): decoded once, it must hold no element at all.</summary>
    public static IReadOnlyList<string> ElementsInFeedHtml(string decodedText)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + decodedText);
        return [.. document.Body!.QuerySelectorAll("*").Select(element => $"<{element.LocalName}>")];
    }

    private static List<string> Problems(IEnumerable<IElement> elements)
    {
        var problems = new List<string>();
        foreach (var element in elements)
        {
            if (Forbidden.Contains(element.LocalName))
                problems.Add($"<{element.LocalName}>");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"<{element.LocalName} {attribute.Name}>");
                else if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && !SafeUrls.IsSafe(attribute.Value))
                    problems.Add($"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase) && attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"<{element.LocalName} style with url()>");
            }
        }
        return problems;
    }
}
