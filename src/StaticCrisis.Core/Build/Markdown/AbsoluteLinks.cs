using AngleSharp.Html.Parser;
using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Core.Build.Markdown;

/// <summary>
/// A body's HTML with every relative link made absolute against its page's address, for places where the body is
/// read away from its page (feed readers, other sites), so a link to a PDF or another update still leads there.
/// Characters that XML refuses are dropped too.
/// </summary>
public static class AbsoluteLinks
{
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    private static readonly (string Selector, string Attribute)[] Links =
        [("a[href]", "href"), ("img[src]", "src"), ("blockquote[cite]", "cite"), ("q[cite]", "cite"), ("del[cite]", "cite"), ("ins[cite]", "cite")];

    /// <param name="plainMarkdown">The body is Markdig's own HTML (<see cref="RenderedUpdate.BodyIsPlainMarkdown"/>): links are made absolute without parsing it.</param>
    public static string Resolve(string html, Uri pageUrl, bool plainMarkdown = false)
    {
        if (html.Length == 0)
            return html;
        if (plainMarkdown && PlainHtmlAbsoluteLinks.TryResolve(html, pageUrl) is { } resolved)
            return SourceText.WithoutControlCharacters(resolved);
        var body = Parser.Value!.ParseDocument("<!DOCTYPE html><html><body>" + html).Body!;
        foreach (var (selector, attribute) in Links)
        {
            foreach (var element in body.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!;
                if (Uri.TryCreate(pageUrl, value, out var absolute))
                    element.SetAttribute(attribute, absolute.AbsoluteUri);
            }
        }
        foreach (var image in body.QuerySelectorAll("img[loading]"))
            image.RemoveAttribute("loading");
        return SourceText.WithoutControlCharacters(body.InnerHtml);
    }
}
