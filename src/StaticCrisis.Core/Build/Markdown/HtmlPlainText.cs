using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticCrisis.Core.Build.Markdown;

/// <summary>
/// A body's sanitised HTML as plain text, for channels that cannot show HTML (CAP's 'description'): paragraphs and headings
/// separated by blank lines, list items as "- ", table cells separated by " | ", and a link's address after its words.
/// </summary>
public static partial class HtmlPlainText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks =
        ["P", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "TABLE", "BLOCKQUOTE", "PRE", "DIV", "FIGURE", "HR", "DL"];

    [GeneratedRegex(@"[ \t]*\n[ \t]*")]
    private static partial Regex SpacesAroundNewline();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    public static string From(string html)
    {
        var body = Parser.ParseDocument(html).Body;
        if (body is null)
            return "";
        var text = new StringBuilder();
        Append(body, text);
        var plain = Spaces().Replace(text.ToString(), " ");
        plain = SpacesAroundNewline().Replace(plain, "\n");
        return BlankLines().Replace(plain, "\n\n").Trim();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(Collapse(textNode.Data));
                    break;
                case IElement { TagName: "BR" }:
                    text.Append('\n');
                    break;
                case IElement { TagName: "IMG" } image:
                    if (image.GetAttribute("alt") is { Length: > 0 } alt)
                        text.Append('[').Append(alt).Append(']');
                    break;
                case IElement { TagName: "PRE" } pre:
                    text.Append("\n\n").Append(pre.TextContent.TrimEnd()).Append("\n\n");
                    break;
                case IElement { TagName: "LI" } item:
                    text.Append('\n').Append(item.ParentElement?.TagName == "OL" ? $"{Position(item)}. " : "- ");
                    Append(item, text);
                    break;
                case IElement { TagName: "TR" } row:
                    text.Append('\n');
                    Append(row, text);
                    break;
                case IElement { TagName: "TD" or "TH" } cell:
                    if (cell.PreviousElementSibling is not null)
                        text.Append(" | ");
                    Append(cell, text);
                    break;
                case IElement { TagName: "A" } link:
                    var before = text.Length;
                    Append(link, text);
                    var words = text.ToString(before, text.Length - before).Trim();
                    if (link.GetAttribute("href") is { } href && !href.StartsWith('#') && href != words && "mailto:" + words != href && "tel:" + words != href)
                        text.Append(" (").Append(href).Append(')');
                    break;
                case IElement element when Blocks.Contains(element.TagName):
                    text.Append("\n\n");
                    Append(element, text);
                    text.Append("\n\n");
                    break;
                case IElement element:
                    Append(element, text);
                    break;
            }
        }
    }

    /// <summary>The item's number in its list, counting from 1.</summary>
    private static int Position(IElement item)
    {
        var position = 1;
        for (var sibling = item.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            position += sibling.TagName == "LI" ? 1 : 0;
        return position;
    }

    private static string Collapse(string data) => Spaces().Replace(data.Replace('\n', ' ').Replace('\r', ' '), " ");
}
