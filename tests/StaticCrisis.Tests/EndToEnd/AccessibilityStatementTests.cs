using AngleSharp.Dom;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>accessibility.html carries every item Digg's guidance requires of a statement under lag 2018:1937.</summary>
[Collection(SampleSiteBuild.Collection)]
public class AccessibilityStatementTests
{
    private readonly SampleSiteBuild _sample;

    public AccessibilityStatementTests(SampleSiteBuild sample) => _sample = sample;

    [Fact]
    public void The_sample_statement_has_every_required_item()
    {
        var page = _sample.Page("accessibility.html");
        var main = page.QuerySelector("main")!;
        var text = main.TextContent;

        Assert.Equal("Tillgänglighetsredogörelse", main.QuerySelector("h1")!.TextContent);
        // The public body and the site.
        Assert.Contains("Alvby kommun står bakom webbplatsen Alvby kommun – krisinformation.", text, StringComparison.Ordinal);
        // Compliance, as exactly one of Digg's three phrases.
        Assert.Equal("delvis förenlig", main.QuerySelector("#compliance + p strong.compliance")!.TextContent);
        // Known inaccessible content, each with its reason; disproportionate burden; content outside the law.
        Assert.Equal(2, Items(main, "problems").Count);
        Assert.All(Items(main, "problems"), item => Assert.Matches(@"^\S.* – \S.{20,}$", item.TextContent));
        Assert.Empty(Items(main, "burden"));
        Assert.Contains("Vi har inte undantagit något innehåll", text, StringComparison.Ordinal); // said, not left out: nothing is exempted
        Assert.Contains("Kartor från andra myndigheter", Items(main, "outside-law").Single().TextContent, StringComparison.Ordinal);
        // The method and both dates, machine-readable too.
        Assert.Contains("egen bedömning", main.QuerySelector("#method + p")!.TextContent, StringComparison.Ordinal);
        var dates = main.QuerySelectorAll("#method ~ p time").Select(time => (time.GetAttribute("datetime"), time.TextContent)).ToList();
        Assert.Equal([("2026-03-06", "6 mars 2026"), ("2026-03-13", "13 mars 2026")], dates);
        // How to report a barrier or ask for an accessible version: as links that open mail and phone.
        Assert.NotNull(main.QuerySelector("#contact ~ ul a[href='mailto:tillganglighet@alvby.example']"));
        Assert.NotNull(main.QuerySelector("#contact ~ ul a[href='tel:0999-12350']"));
        // Digg's reporting service.
        Assert.NotNull(main.QuerySelector("#supervision ~ p a[href='https://www.digg.se/tdosanmalan']"));
    }

    [Theory]
    [InlineData("sv", "full", "helt förenlig")]
    [InlineData("sv", "partial", "delvis förenlig")]
    [InlineData("sv", "none", "inte förenlig")]
    [InlineData("en", "full", "fully compliant")]
    [InlineData("en", "partial", "partially compliant")]
    [InlineData("en", "none", "not compliant")]
    public void Compliance_is_shown_in_the_words_of_the_ui_language(string language, string compliance, string shown)
    {
        using var site = new TestSite($"""
            -- site.yml --
            title: "Testkommun"
            baseUrl: "https://kris.example.org/info/"
            language: {language}
            accessibility:
              organisation: "Testkommun"
              siteName: "Testkommuns krisinformation"
              compliance: {compliance}
              assessed: 2026-03-01
              method: third-party
              assessor: "Granskarna AB"
              phone: "0999-100 00"
              problems:
                - {"{"} content: "Kartan", reason: "Kartan är en bild." {"}"}
            """);
        var result = site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));

        var main = site.Page("accessibility.html").QuerySelector("main")!;
        var strong = main.QuerySelector("strong.compliance")!;
        Assert.Equal(shown, strong.TextContent);
        Assert.Equal(compliance, strong.GetAttribute("data-compliance"));
        Assert.Contains("Testkommuns krisinformation", strong.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Granskarna AB", main.QuerySelector("#method + p")!.TextContent, StringComparison.Ordinal);
        Assert.Null(main.QuerySelector("a[href^='mailto:']"));
        Assert.Equal("tel:0999-10000", main.QuerySelector("#contact ~ ul a")!.GetAttribute("href"));
        Assert.Equal("2026-03-01", main.QuerySelectorAll("#method ~ p time")[^1].GetAttribute("datetime")); // 'updated' defaults to 'assessed'
    }

    [Fact]
    public void A_fully_compliant_site_says_so_in_each_list_of_inaccessible_content()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        Assert.True(site.Build(strict: true).Succeeded);
        var main = site.Page("accessibility.html").QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("ul.inaccessible"));
        Assert.Equal("Vi känner inte till något innehåll som inte uppfyller kraven.", main.QuerySelector("#problems + p")!.TextContent);
        Assert.NotNull(main.QuerySelector("#burden + p"));
        Assert.NotNull(main.QuerySelector("#outside-law + p"));
    }

    [Fact]
    public void Without_a_statement_the_site_builds_with_a_warning_and_fails_with_strict()
    {
        using var site = new TestSite("""
            -- site.yml --
            title: "Testkommun"
            baseUrl: "https://kris.example.org/info/"
            """);
        var result = site.Build();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(TestSite.Lines(result));
        Assert.StartsWith("site.yml: warning SC0060: there is no 'accessibility' block", warning, StringComparison.Ordinal);
        Assert.False(site.OutputExists("accessibility.html"));
        Assert.Null(site.Page("index.html").QuerySelector("footer a[href='accessibility.html']"));

        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void Every_page_links_the_statement_and_the_about_page_from_its_footer()
    {
        foreach (var path in _sample.HtmlPages())
        {
            var footer = _sample.Page(path).QuerySelector("footer")!;
            foreach (var target in new[] { "about.html", "accessibility.html" })
            {
                var href = footer.QuerySelector($"a[href$='{target}']")?.GetAttribute("href");
                Assert.True(href is not null, $"{path} has no footer link to {target}");
                // 404.html links from the base URL's path; every other page relatively.
                var resolved = path.EndsWith("404.html", StringComparison.Ordinal) ? href["/info/".Length..] : Path.GetRelativePath(_sample.Output, Path.GetFullPath(Path.Combine(_sample.Output, Path.GetDirectoryName(path)!, href)));
                Assert.True(File.Exists(Path.Combine(_sample.Output, resolved)), $"{path}: {href} does not resolve");
            }
        }
    }

    private static List<IElement> Items(IElement main, string id) => [.. main.QuerySelectorAll($"#{id} + ul.inaccessible > li")];
}
