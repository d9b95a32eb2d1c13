using StaticCrisis.Core.Build.Markdown;

namespace StaticCrisis.Tests.Core.Build.Markdown;

public class HtmlSanitizerTests
{
    [Theory]
    [InlineData("<p>a</p><script>alert(1)</script>", "<p>a</p>")]
    [InlineData("<p>a<iframe src=\"https://evil.example\"></iframe></p>", "<p>a</p>")]
    [InlineData("<p onclick=\"alert(1)\" onmouseover=\"x()\">a</p>", "<p>a</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"java&#x0A;script:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"vbscript:x\">a</a>", "<a>a</a>")]
    [InlineData("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"x\">", "<img alt=\"x\" loading=\"lazy\">")]
    [InlineData("<svg><script>alert(1)</script></svg><p>b</p>", "<p>b</p>")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"pin\"></form>", "")]
    [InlineData("<style>body{display:none}</style><p>a</p>", "<p>a</p>")]
    [InlineData("<center>mitt</center>", "mitt")]
    [InlineData("<!-- intern anteckning --><p>a</p>", "<p>a</p>")]
    [InlineData("<p style=\"position:fixed\">a</p>", "<p>a</p>")]
    public void Removes_what_could_run_code_or_fake_the_page(string html, string expected)
    {
        Assert.Equal(expected, HtmlSanitizer.Sanitize(html).Html);
    }

    [Theory]
    [InlineData("<p><a href=\"https://polisen.se\">Polisen</a></p>")]
    [InlineData("<p><a href=\"tel:0999-12300\">Ring</a> <a href=\"mailto:a@b.se\">Mejla</a></p>")]
    [InlineData("<p><a href=\"../files/lista.pdf\">Lista</a> <a href=\"#del-2\">Del 2</a></p>")]
    [InlineData("<p><abbr title=\"Informationssäkerhet\">IS</abbr></p>")]
    [InlineData("<details><summary>Mer</summary><p>Text</p></details>")]
    public void Keeps_ordinary_content(string html)
    {
        Assert.Equal(html, HtmlSanitizer.Sanitize(html).Html);
    }

    [Fact]
    public void Tables_scroll_in_a_focusable_box_named_by_their_headers()
    {
        Assert.Equal(
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Plats, Tid\"><table><thead><tr><th style=\"text-align: right;\">Plats</th><th>Tid</th></tr></thead></table></div>",
            HtmlSanitizer.Sanitize("<table><thead><tr><th style=\"text-align: right;\">Plats</th><th>Tid</th></tr></thead></table>").Html);
    }

    [Fact]
    public void Body_headings_move_down_when_the_body_uses_h1()
    {
        Assert.Equal("<h2>A</h2><h3>B</h3>", HtmlSanitizer.Sanitize("<h1>A</h1><h2>B</h2>").Html);
        Assert.Equal("<h2>A</h2>", HtmlSanitizer.Sanitize("<h2>A</h2>").Html);
    }

    [Fact]
    public void First_paragraph_is_plain_text()
    {
        var result = HtmlSanitizer.Sanitize("<h2>Rubrik</h2><p>Ring <strong>0999-123 00</strong>\nom du behöver <a href=\"x\">hjälp</a>.</p><p>Sen</p>");
        Assert.Equal("Ring 0999-123 00 om du behöver hjälp.", result.FirstParagraph);
    }
}
