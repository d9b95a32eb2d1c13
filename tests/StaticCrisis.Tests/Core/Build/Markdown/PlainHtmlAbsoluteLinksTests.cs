using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Build.Markdown;

/// <summary>Absolute links made without parsing Markdig's HTML are byte for byte what parsing it with AngleSharp gives.</summary>
public class PlainHtmlAbsoluteLinksTests
{
    private static readonly Uri Page = new("https://kris.example.org/info/2026/03/vattenlacka.html");

    public static TheoryData<string> TrickyBodies() =>
    [
        "[Relativ](karta.pdf), [upp ett steg](../2026/02/forra.html), [roten](/om.html) och [samma mapp](./a/b/c.html).",
        "[Nedan](#oppettider) och [tom fragment](#) och [frågor](?sida=2&sort=ny) och [båda](plats.html?q=\"a b\"&x=1#del-2).",
        "![Karta över Alvby](bilder/karta.svg \"Karta & \\\"plan\\\"\") och ![](tom.png) och [![ikon](ikon.png)](stor.png)",
        "[Kodade](<mapp med mellanslag/å ä ö.pdf>) och [procent](a%20b%2Fc.html) och [unicode](https://exempel.se/väg/ö?q=å) och [parens](a_(b).html)",
        "| Plats | Länk | Bild |\n|:---|---:|:---:|\n| Bibliotek | [karta](karta.html?a=1&b=2) | ![k](k.png) |\n| Skola & förskola | <https://a.se/x?y=1&z=2> | `<kod>` |\n",
        "[e-post](mailto:info@alvby.example?subject=Fr%C3%A5ga) och [ring](tel:+46-999-123) och [http](http://a.example/x) och [utan schema](//cdn.example.org/x.js) och [tom](<>)",
        "<https://kris.example.org/a?b=1&c=2> och <info@alvby.example> och www.alvby.example/sida?x=1&y=2 och https://a.example/ö",
        "Text med &lt;, &gt;, & och \"citat\" och 'apostrof' och hårt\u00a0mellanslag &nbsp; &copy; &#x41; &#65;",
        "# Rubrik\n\n## Öppettider\n\nStycke  \nmed hård radbrytning\\\noch backslash.\n\n---\n\n> Citat med [länk](citat.html)\n>\n> - lista\n",
        "```html\n<a href=\"x.html\">inte en länk</a> & \"citat\"\n```\n\n    indenterad <kod> & \"x\"\n\nEfter `<b>inline</b>` kod.",
        "1. ett [a](a.html)\n2. två\n   - inre [b](b.html)\n   - lista\n\n     med stycke\n\n3) tre\n\n- [ ] inte en uppgift\n",
        "[titel med citat](a.html 'En \"titel\" <med> &amp; tecken') och [rubrik](b.html (parentes))",
        "[länk med *betoning* och `kod`](x.html) och **[fet länk](y.html)** och _[kursiv](z.html)_",
    ];

    [Theory]
    [MemberData(nameof(TrickyBodies))]
    public void Tricky_links_come_out_as_the_parser_writes_them(string markdown)
    {
        var html = PlainHtml(markdown);

        Assert.NotNull(PlainHtmlAbsoluteLinks.TryResolve(html, Page));
        Assert.Equal(AbsoluteLinks.Resolve(html, Page), AbsoluteLinks.Resolve(html, Page, plainMarkdown: true));
    }

    [Fact]
    public void Every_sample_body_comes_out_as_the_parser_writes_it_and_takes_the_fast_path()
    {
        var bodies = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleSite, "content", "updates"), "*.md", SearchOption.AllDirectories)
            .Select(path => File.ReadAllText(path))
            .Select(text => text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..])
            .Where(body => TryPlainHtml(body) is not null)
            .ToList();
        Assert.True(bodies.Count > 10);

        foreach (var html in bodies.Select(PlainHtml))
        {
            Assert.NotNull(PlainHtmlAbsoluteLinks.TryResolve(html, Page));
            Assert.Equal(AbsoluteLinks.Resolve(html, Page), AbsoluteLinks.Resolve(html, Page, plainMarkdown: true));
        }
    }

    [Fact]
    public void A_carriage_return_is_left_to_the_parser()
    {
        var html = PlainHtml("Radbrytning&#13;med vagnretur"); // Markdig writes it as it is; a parser makes it a line feed

        Assert.Null(PlainHtmlAbsoluteLinks.TryResolve(html, Page));
        Assert.Equal(AbsoluteLinks.Resolve(html, Page), AbsoluteLinks.Resolve(html, Page, plainMarkdown: true));
    }

    [Theory]
    [InlineData("<p>Rå <b>html</b></p>")]
    [InlineData("<p><a href=\"a.html\">ytter <a href=\"b.html\">inre</a></a></p>")]
    [InlineData("<p>stycke <div>block</div></p>")]
    [InlineData("<table><tr><td>utan tbody</td></tr></table>")]
    [InlineData("<table>\ntext i tabellen\n<tbody></tbody></table>")]
    [InlineData("<pre>\nrad</pre>")]
    [InlineData("<p>&copy; namngiven referens</p>")]
    [InlineData("<p>öppen")]
    [InlineData("<p>fel</em></p>")]
    [InlineData("<p><img src=\"a.png\"></img></p>")]
    [InlineData("<p><a href='enkla.html'>enkla citattecken</a></p>")]
    [InlineData("<p><a href=\"a.html\" href=\"b.html\">två</a></p>")]
    [InlineData("<!-- kommentar --><p>x</p>")]
    [InlineData("<P>versaler</P>")]
    public void Html_not_in_markdigs_shapes_is_left_to_the_parser(string html)
    {
        Assert.Null(PlainHtmlAbsoluteLinks.TryResolve(html, Page));
        Assert.Equal(AbsoluteLinks.Resolve(html, Page), AbsoluteLinks.Resolve(html, Page, plainMarkdown: true));
    }

    [Fact]
    public void Lazy_loading_is_dropped_and_links_are_made_absolute()
    {
        var html = PlainHtml("[a](a.html) ![b](b/c.png)");

        Assert.Equal(
            "<p><a href=\"https://kris.example.org/info/2026/03/a.html\">a</a> <img src=\"https://kris.example.org/info/2026/03/b/c.png\" alt=\"b\"></p>\n",
            AbsoluteLinks.Resolve(html, Page, plainMarkdown: true));
    }

    private static string PlainHtml(string markdown) => TryPlainHtml(markdown) ?? throw new InvalidOperationException("not plain Markdown: " + markdown);

    private static string? TryPlainHtml(string markdown) =>
        PlainMarkdownHtml.TryRender(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline), MarkdownRenderer.Pipeline, out var plain) ? plain.Html : null;
}
