using System.Text;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>Files as real editors save them: with a BOM, CRLF, in another encoding, or not text at all.</summary>
public class EncodingTests
{
    private static TestSite Site() => new($"-- site.yml --\n{TestSite.MinimalConfig}\n");

    [Fact]
    public void A_bom_and_crlf_line_endings_build_and_lines_are_counted_right()
    {
        using var site = Site();
        var text = "---\r\ntitle: \"Vatten\"\r\ndate: 2026-03-02\r\nseverity: hög\r\n---\r\nText.\r\n";
        site.WriteBytes("content/updates/vatten.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var failed = site.Build();
        Assert.Equal(["content/updates/vatten.md(4,11): error SC1004: severity \"hög\" is not one of info, notice, warning, critical"], TestSite.Lines(failed));

        site.WriteBytes("content/updates/vatten.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("hög", "warning", StringComparison.Ordinal))]);
        Assert.True(site.Build().Succeeded);
        var page = site.Page("updates/vatten.html");
        Assert.Equal("Vatten", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("\r", site.ReadOutput("updates/vatten.html"), StringComparison.Ordinal);
        Assert.Equal((byte)'<', File.ReadAllBytes(Path.Combine(site.Output, "updates/vatten.html"))[0]);
    }

    [Fact]
    public void A_file_in_latin1_names_the_offset_of_the_first_bad_byte()
    {
        using var site = Site();
        site.WriteBytes("content/updates/lon.md", Encoding.Latin1.GetBytes("---\ntitle: \"Lön\"\ndate: 2026-03-02\n---\n"));
        var result = CliRun.Run("build", site.Directory);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("content/updates/lon.md: error SC1016: the file is not valid UTF-8 (first bad byte at offset 13); save it as UTF-8", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_offset_counts_a_bom()
    {
        using var site = Site();
        site.WriteBytes("content/updates/lon.md", [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF]);
        Assert.Equal(["content/updates/lon.md: error SC1016: the file is not valid UTF-8 (first bad byte at offset 4); save it as UTF-8"], TestSite.Lines(site.Build()));
    }

    [Fact]
    public void Binary_garbage_is_reported_as_not_text()
    {
        using var site = Site();
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[100] = 0;
        site.WriteBytes("content/updates/bild.md", bytes);
        Assert.Equal(["content/updates/bild.md: error SC1017: the file is not text (it contains NUL bytes); only Markdown files belong in content/updates"], TestSite.Lines(site.Build()));
    }

    [Fact]
    public void A_site_yml_that_is_not_utf8_is_located()
    {
        using var site = new TestSite("");
        site.WriteBytes("site.yml", Encoding.Latin1.GetBytes("title: \"Växjö\"\nbaseUrl: https://example.org/\n"));
        Assert.Equal(["site.yml: error SC1016: the file is not valid UTF-8 (first bad byte at offset 9); save it as UTF-8"], TestSite.Lines(site.Build()));
    }

    [Fact]
    public void File_and_folder_names_with_spaces_and_swedish_letters_give_url_safe_pages()
    {
        using var site = Site();
        site.Write("content/updates/Vecka 11/Läget i Älvby – måndag.md", "---\ntitle: \"Läget\"\ndate: 2026-03-09\n---\n![Karta](<bilder/Karta över Älvby.svg>)\n");
        site.Write("content/updates/Vecka 11/bilder/Karta över Älvby.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        Assert.True(site.OutputExists("updates/laget-i-alvby-mandag.html"));
        var src = site.Page("updates/laget-i-alvby-mandag.html").QuerySelector(".body img")!.GetAttribute("src")!;
        Assert.Equal("Vecka%2011/bilder/Karta%20%C3%B6ver%20%C3%84lvby.svg", src);
        Assert.True(File.Exists(Path.Combine(site.Output, "updates", Uri.UnescapeDataString(src))));
    }
}
