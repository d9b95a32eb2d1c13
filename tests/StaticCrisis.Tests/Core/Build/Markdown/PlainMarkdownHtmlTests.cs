using AngleSharp.Html.Parser;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Build.Markdown;

/// <summary>The fast path for bodies without raw HTML gives the same document as the sanitizer would.</summary>
public class PlainMarkdownHtmlTests
{
    public static TheoryData<string> Bodies() => [.. BodyList()];

    private static List<string> BodyList()
    {
        var data = new List<string>
        {
            "Ett stycke med *betoning*, **fetstil**, `kod` och en [länk](https://polisen.se \"Polisen\").\nNy rad  \nhård radbrytning.",
            "# Rubrik ett\n\n## Rubrik två\n\nText.\n\n###### Sex\n",
            "| Plats | Öppet | Telefon |\n|:---|---:|:---:|\n| Biblioteket | 9–16 | 0999-1 |\n\n| Utan rubrik |\n|---|\n| x |\n",
            "| A & \"B\" | <C> |\n|---|---|\n| 1 | 2 |\n",
            "![Karta över Alvby](bilder/karta.svg \"Karta\") och text &copy; &amp; &#x41;\n\n![](tom.png)",
            "> Citat med [länk](https://a.se)\n>\n> - lista i citat\n\n1. ett\n2. två\n\n3) tre\n\n- lös\n\n- lista\n",
            "```js\nvar x = 1 < 2 && \"a\";\n```\n\n    indenterad kod\n\n---\n\n<https://kris.example.org> och <info@alvby.example> och www.alvby.example",
            "Första stycket med `kod` och ![bild](a.png) och [*länk*](b.html).\n\nAndra stycket.",
            "![a](a.png)![b](b.png \"B /> C\") [![c > d](c.png)](d.html) `<img src=\"x\" />` ![](e.png)\n\n| ![f](f.png) | ![g](g.png) |\n|---|---|\n",
            "- [ ] inte en uppgiftslista\n- \\*escaped\\*\n\nSlut\\\nmed backslash-brytning.",
            "",
        };
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleSite, "content", "updates"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            data.Add(text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Gives_the_same_document_as_the_sanitizer(string markdown)
    {
        var viaSanitizer = HtmlSanitizer.Sanitize(MarkdownRenderer.ToHtml(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline), MarkdownRenderer.Pipeline));
        var fast = PlainMarkdownHtml.TryRender(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline), MarkdownRenderer.Pipeline, out var plain);

        if (!fast)
        {
            Assert.Contains('<', markdown); // only bodies with raw HTML take the slow path here
            return;
        }
        Assert.Equal(Normalize(viaSanitizer.Html), Normalize(plain.Html));
        Assert.Equal(viaSanitizer.FirstParagraph, plain.FirstParagraph);
    }

    [Fact]
    public void Most_bodies_take_the_fast_path()
    {
        var bodies = BodyList();
        var fast = bodies.Count(markdown => PlainMarkdownHtml.TryRender(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline), MarkdownRenderer.Pipeline, out _));
        Assert.True(fast >= bodies.Count - 3, $"{fast} of {bodies.Count}");
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("![x](data:image/svg+xml,<svg onload=alert(1)>)")]
    [InlineData("Text <b>fet</b>")]
    [InlineData("<div>block</div>")]
    public void Raw_html_and_unsafe_urls_take_the_sanitizer(string markdown)
    {
        Assert.False(PlainMarkdownHtml.TryRender(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline), MarkdownRenderer.Pipeline, out _));
    }

    [Fact]
    public void Lists_nested_deeper_than_the_sanitizer_allows_take_the_sanitizer()
    {
        var markdown = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- x\n"));
        Assert.False(PlainMarkdownHtml.TryRender(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline), MarkdownRenderer.Pipeline, out _));
    }

    private static string Normalize(string html) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html).Body!.InnerHtml;
}
