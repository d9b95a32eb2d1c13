using System.Text;
using StaticCrisis.Core.Site;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>banner.html for other sites' iframes: short, self-contained, from the situation now.</summary>
public class BannerTests
{
    private static string Site(string pinned) => $"""
        -- site.yml --
        {TestSite.MinimalConfig}
        -- content/updates/a.md --
        ---
        {pinned}
        date: 2026-03-02T08:00
        pinned: true
        ---
        Text.
        """;

    [Fact]
    public void The_samples_banner_uses_the_pinned_updates_banner_field_and_stays_under_2_kb()
    {
        using var build = new SampleSiteBuild();
        var bytes = File.ReadAllBytes(Path.Combine(build.Output, "banner.html"));
        Assert.True(bytes.Length <= 2048, $"{bytes.Length} bytes");
        var page = build.Page("banner.html");
        Assert.Equal("De flesta tjänster fungerar", page.QuerySelector(".h")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe"));
        var links = page.QuerySelectorAll("a");
        Assert.Single(links);
        Assert.Equal("https://kris.alvby.example/info/updates/2026-03-20-laget-just-nu.html", links[0].GetAttribute("href"));
        Assert.Equal("_top", links[0].GetAttribute("target"));
    }

    [Fact]
    public void Without_a_banner_field_the_title_and_summary_are_used()
    {
        using var site = new TestSite(Site("title: \"Vattnet är tjänligt igen\"\nsummary: \"Du behöver inte koka vattnet längre.\""));
        var result = site.Build();
        Assert.Empty(TestSite.Lines(result));
        var page = site.Page("banner.html");
        Assert.Equal("Vattnet är tjänligt igen", page.QuerySelector(".h")!.TextContent);
        Assert.Contains("Du behöver inte koka vattnet längre.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_title_and_summary_are_shortened_for_the_banner_without_a_warning()
    {
        using var site = new TestSite(Site("title: \"Vattnet i hela kommunen måste kokas\"\nsummary: \"Koka vattnet. Det gäller alla. Vi meddelar när det är över.\""));

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        var page = site.Page("banner.html");
        Assert.Equal("Vattnet i hela kommunen måste…", page.QuerySelector(".h")!.TextContent);
        Assert.Contains("Koka vattnet. Det gäller alla.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Vi meddelar", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_banner_written_too_long_for_other_sites_is_a_warning_where_it_was_written()
    {
        using var site = new TestSite(Site("title: \"Vatten\"\nbanner:\n  headline: \"Vattnet i hela kommunen måste kokas\"\n  text: \"Koka vattnet. Det gäller alla. Vi meddelar när det är över.\""));
        var lines = TestSite.Lines(site.Build());
        Assert.Equal(
        [
            "content/updates/a.md(4,3): warning SC1022: the banner headline of content/updates/a.md is 35 characters; other sites' banners show at most 30: shorten 'banner.headline'",
            "content/updates/a.md(4,3): warning SC1023: the banner text of content/updates/a.md has 3 sentences; other sites' banners show at most 2: shorten 'banner.text'",
        ], lines);
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void The_longest_allowed_banner_in_arabic_stays_under_2_kb()
    {
        var headline = new string('ع', 30);
        var text = string.Join(' ', Enumerable.Repeat("هذه جملة طويلة جدًا عن الوضع الحالي في البلدية", 4)) + ".";
        using var site = new TestSite(Site($"title: \"x\"\nbanner: {{ headline: \"{headline}\", text: \"{text}\" }}").Replace("title: \"Testkommun\"", "title: \"" + new string('ب', 60) + "\"\nlanguage: ar", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        Assert.True(Encoding.UTF8.GetByteCount(site.ReadOutput("banner.html")) <= 2048);
    }

    [Theory]
    [InlineData("Koka vattnet.", 1)]
    [InlineData("Koka vattnet. Det gäller alla.", 2)]
    [InlineData("Öppet kl. 08.00–16.00. Ring oss!", 2)]
    [InlineData("Ingen punkt", 1)]
    [InlineData("Ett. Två? Tre!", 3)]
    public void Sentences_are_counted_by_their_ending_punctuation(string text, int expected)
    {
        Assert.Equal(expected, Banner.Sentences(text));
    }
}
