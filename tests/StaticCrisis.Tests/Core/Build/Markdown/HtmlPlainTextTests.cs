using StaticCrisis.Core.Build.Markdown;

namespace StaticCrisis.Tests.Core.Build.Markdown;

public class HtmlPlainTextTests
{
    [Fact]
    public void Blocks_are_separated_by_blank_lines_and_lists_keep_their_marks()
    {
        var text = HtmlPlainText.From("""
            <p>Växeln   ligger
            nere.</p>
            <h2 id="x">Gör så här</h2>
            <ul>
            <li>Ring <strong>0999-123 00</strong></li>
            <li>Mejla inte</li>
            </ul>
            <ol><li>Först</li><li>Sedan</li></ol>
            <p>Rad ett<br />rad två</p>
            """);
        Assert.Equal("Växeln ligger nere.\n\nGör så här\n\n- Ring 0999-123 00\n- Mejla inte\n\n1. Först\n2. Sedan\n\nRad ett\nrad två", text);
    }

    [Fact]
    public void Links_keep_their_address_tables_their_cells_and_images_their_alt_text()
    {
        var text = HtmlPlainText.From("""
            <p>Läs <a href="https://kris.example.org/a.html">mer här</a>, <a href="https://x.example/">https://x.example/</a> eller <a href="#sist">nedan</a>.</p>
            <div class="table-scroll"><table><thead><tr><th>Tjänst</th><th>Läge</th></tr></thead><tbody><tr><td>E-post</td><td>Nere</td></tr></tbody></table></div>
            <p><img src="karta.svg" alt="Karta" /> <a href="mailto:a@b.se">a@b.se</a></p>
            """);
        Assert.Equal("Läs mer här (https://kris.example.org/a.html), https://x.example/ eller nedan.\n\nTjänst | Läge\nE-post | Nere\n\n[Karta] a@b.se", text);
    }

    [Fact]
    public void Markup_characters_come_out_as_text()
    {
        Assert.Equal("a < b & c", HtmlPlainText.From("<p>a &lt; b &amp; c</p>"));
        Assert.Equal("", HtmlPlainText.From(""));
    }
}
