using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Tests.Core.Build.Markdown;

public class MarkdownRendererTests
{
    private static Update Update(string body, string path = "content/updates/2026-03-02-a.md", string? summary = null) => new()
    {
        SourcePath = path,
        Slug = System.IO.Path.GetFileNameWithoutExtension(path),
        SlugLocation = new SourceLocation(path),
        Title = "A",
        Date = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.FromHours(1)),
        Summary = summary,
        Body = body,
        BodyLine = 5,
    };

    private static (RenderedUpdate Rendered, IReadOnlyList<string> Lines) Render(Update update, params Update[] others)
    {
        var content = new SiteContent([update, .. others], [new ContentAsset("/x/telefonlista.txt", "files/telefonlista.txt"), new ContentAsset("/x/karta.svg", "updates/2026/bilder/karta.svg")]);
        var diagnostics = new DiagnosticBag();
        var rendered = new MarkdownRenderer(new ContentLinks(content)).Render(update, diagnostics);
        return (rendered, [.. diagnostics.Sorted().Select(d => d.ToString())]);
    }

    [Fact]
    public void Renders_commonmark_with_pipe_tables_and_autolinks()
    {
        var (rendered, _) = Render(Update("| Plats | Tid |\n|---|---|\n| Biblioteket | 9–16 |\n\nSe https://polisen.se"));
        Assert.Contains("<table>", rendered.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<td>Biblioteket</td>", rendered.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://polisen.se\">https://polisen.se</a>", rendered.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_is_the_written_one_else_the_first_paragraph()
    {
        Assert.Equal("Skriven.", Render(Update("Första stycket.", summary: "Skriven.")).Rendered.Summary);
        Assert.Equal("Första stycket med länk.", Render(Update("## Rubrik\n\nFörsta *stycket* med [länk](https://a.se).\n\nAndra.")).Rendered.Summary);
        Assert.Equal("", Render(Update("- bara\n- en lista")).Rendered.Summary);
    }

    [Fact]
    public void Links_to_other_updates_and_files_point_at_their_output()
    {
        var other = Update("", path: "content/updates/2026/2026-03-01-b.md");
        var (rendered, lines) = Render(
            Update("[b](2026/2026-03-01-b.md#mer) [lista](../files/telefonlista.txt) [karta](2026/bilder/karta.svg)"),
            other);
        Assert.Empty(lines);
        Assert.Contains("href=\"2026-03-01-b.html#mer\"", rendered.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"../files/telefonlista.txt\"", rendered.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"2026/bilder/karta.svg\"", rendered.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_update_links_files_beside_it()
    {
        var nested = Update("![Karta](bilder/karta.svg)", path: "content/updates/2026/2026-03-03-c.md");
        var (rendered, lines) = Render(nested);
        Assert.Empty(lines);
        Assert.Contains("src=\"2026/bilder/karta.svg\"", rendered.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_missing_file_warns_at_the_link()
    {
        var (_, lines) = Render(Update("Text\n\nSe [listan](../files/saknas.pdf)."));
        Assert.Equal(["content/updates/2026-03-02-a.md(7,4): warning SC1018: link to '../files/saknas.pdf' points at nothing in content/; check the file name, or save the file into content/"], lines);
    }

    [Fact]
    public void Raw_html_in_the_body_is_sanitised()
    {
        var (rendered, _) = Render(Update("Hej <script>alert(1)</script>\n\n<iframe src=\"https://x\"></iframe>\n\n[x](javascript:alert(1))"));
        Assert.DoesNotContain("script", rendered.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("iframe", rendered.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", rendered.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_body_without_raw_html_is_marked_as_markdigs_own_html()
    {
        // Feeds make its links absolute without parsing it again; the sanitizer's HTML is parsed.
        Assert.True(Render(Update("Text med [länk](a.html).")).Rendered.BodyIsPlainMarkdown);
        Assert.False(Render(Update("Text med <b>rå html</b>.")).Rendered.BodyIsPlainMarkdown);
    }
}
