using System.Text;
using System.Xml;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>No input, however broken, crashes the build, hangs it, or puts invalid XML into the feed.</summary>
public class RobustnessTests
{
    private static TestSite Site() => new($"-- site.yml --\n{TestSite.MinimalConfig}\n");

    [Fact]
    public void Generated_garbage_never_crashes_the_pipeline()
    {
        var random = new Random(20260302);
        for (var round = 0; round < 12; round++)
        {
            using var site = Site();
            for (var i = 0; i < 8; i++)
                site.WriteBytes($"content/updates/g{i}.md", Garbage(random, i));

            var result = site.Build(drafts: true, future: true);

            if (result.Succeeded)
            {
                AssertValidXml(Path.Combine(site.Output, "feed.xml"));
                AssertValidXml(Path.Combine(site.Output, "feed.atom"));
            }
            else
                Assert.True(result.Diagnostics.HasErrors);
            Assert.All(result.Diagnostics.Sorted(), d => Assert.StartsWith("content/updates/g", d.Location?.Path ?? "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Control_characters_in_titles_summaries_and_tags_never_reach_the_feed()
    {
        using var site = Site();
        site.Write("content/updates/a.md", "---\ntitle: \"Vatten\\x01\\x1F\\x7F\\u0085 stängt\\uFFFE\"\nsummary: \"Koka\\x0B vattnet\\x1B[31m\"\ntags: [\"a\\x02b\"]\ndate: 2026-03-02\n---\n\u0001Text\u0008 med \u001Fkontrolltecken.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        AssertValidXml(Path.Combine(site.Output, "feed.xml"));
        AssertValidXml(Path.Combine(site.Output, "feed.atom"));
        AssertValidXml(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("Text med kontrolltecken", site.ReadOutput("feed.atom"), StringComparison.Ordinal);
        Assert.Equal("Vatten stängt", site.Page("updates/a.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_50_mb_file_is_refused_with_its_size()
    {
        using var site = Site();
        var body = new StringBuilder("---\ntitle: Stor\ndate: 2026-03-02\n---\n");
        var line = "Det här är en mycket lång rad text som upprepas om och om igen i en enorm fil.\n";
        while (body.Length < 50 * 1024 * 1024)
            body.Append(line);
        site.Write("content/updates/stor.md", body.ToString());

        var megabytes = new FileInfo(Path.Combine(site.Directory, "content/updates/stor.md")).Length / 1048576.0;
        Assert.True(megabytes >= 50);
        Assert.Equal([string.Create(System.Globalization.CultureInfo.InvariantCulture, $"content/updates/stor.md: error SC1019: the file is {megabytes:0.0} MB; updates are limited to 1 MB of text (put long documents in content/ as a PDF and link to them)")], TestSite.Lines(site.Build()));
    }

    [Theory]
    [InlineData("list", 10_000)]
    [InlineData("quote", 10_000)]
    public void Ten_thousand_levels_of_nested_markdown_are_an_error_not_a_crash(string kind, int depth)
    {
        using var site = Site();
        var body = kind == "list" ? string.Concat(Enumerable.Repeat("- ", depth)) + "x\n" : string.Concat(Enumerable.Repeat("> ", depth)) + "x\n";
        site.Write("content/updates/djup.md", "---\ntitle: Djup\ndate: 2026-03-02\n---\n" + body);

        Assert.Equal(["content/updates/djup.md(5,1): error SC1020: the Markdown is nested too deeply (lists or quotes inside each other thousands of levels deep); simplify it"], TestSite.Lines(site.Build()));
    }

    [Fact]
    public void Absurdly_nested_raw_html_is_shown_as_text_with_a_warning()
    {
        using var site = Site();
        site.Write("content/updates/html.md", "---\ntitle: Html\ndate: 2026-03-02\n---\n" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "djupt\n");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(["content/updates/html.md(5,1): warning SC1021: the HTML in this update is nested hundreds of levels deep; it is shown as plain text"], TestSite.Lines(result));
        var body = site.Page("updates/html.html").QuerySelector(".body")!;
        Assert.Empty(body.QuerySelectorAll("div"));
        Assert.EndsWith("djupt", body.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_nested_a_little_too_deep_is_cut_at_a_safe_depth()
    {
        using var site = Site();
        site.Write("content/updates/html.md", "---\ntitle: Html\ndate: 2026-03-02\n---\n" + string.Concat(Enumerable.Repeat("<span>", 100)) + "djupt\n");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Lines(result));
        Assert.DoesNotContain("djupt", site.ReadOutput("updates/html.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Many_line_breaks_and_images_are_not_mistaken_for_deep_nesting()
    {
        using var site = Site();
        site.Write("content/updates/br.md", "---\ntitle: Br\ndate: 2026-03-02\n---\n" + string.Concat(Enumerable.Repeat("rad<br>\n", 500)));
        var result = site.Build();
        Assert.Empty(TestSite.Lines(result));
        Assert.Equal(500, site.Page("updates/br.html").QuerySelectorAll(".body br").Length);
    }

    [Fact]
    public void Deeply_nested_yaml_is_an_error_not_a_crash()
    {
        using var site = Site();
        site.Write("content/updates/yaml.md", "---\ntitle: Yaml\ndate: 2026-03-02\ntags: " + new string('[', 20_000) + new string(']', 20_000) + "\n---\n");
        site.Write("content/updates/yaml2.md", "---\ntitle: Yaml\ndate: 2026-03-02\nservices: " + string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "b" + new string('}', 20_000) + "\n---\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics.Sorted(), d => Assert.True(d.IsError && d.Location!.Value.Line >= 2));
    }

    private static byte[] Garbage(Random random, int kind)
    {
        switch (kind % 4)
        {
            case 0:
                var bytes = new byte[random.Next(0, 3000)];
                random.NextBytes(bytes);
                return bytes;
            case 1:
                return Encoding.UTF8.GetBytes(RandomText(random, "*_[]()<>!#|-`~>\n \\&;:\"'{}abcåäö123\u0001\u0007\u200B\uFEFF", random.Next(0, 5000)));
            case 2:
                var frontMatter = $"---\ntitle: \"{RandomText(random, "abcå\\\"\u0003 ", 30)}\"\ndate: 2026-03-0{random.Next(1, 9)}\nseverity: {RandomText(random, "infowarng", 6)}\nservices: {{ epost: down }}\ntags: [{RandomText(random, "a,[]{}", 20)}]\n---\n";
                return Encoding.UTF8.GetBytes(frontMatter + RandomText(random, "#*-> |[]()\n\tabc<script>", random.Next(0, 4000)));
            default:
                return Encoding.UTF8.GetBytes($"---\ntitle: Giltig\ndate: 2026-03-02\n---\n" + RandomText(random, "| a | b |\n|---|---|\n*_`<>[]()!#-+1.\n abc", random.Next(0, 20000)));
        }
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        return builder.ToString();
    }

    private static void AssertValidXml(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
        }
    }
}
