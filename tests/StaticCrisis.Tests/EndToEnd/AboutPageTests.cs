using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>about.html: who publishes the site, its official channels, and where to turn for more (helpNumbers).</summary>
[Collection(SampleSiteBuild.Collection)]
public class AboutPageTests
{
    private readonly SampleSiteBuild _sample;

    public AboutPageTests(SampleSiteBuild sample) => _sample = sample;

    [Fact]
    public void It_names_the_publisher_and_its_contacts()
    {
        var main = _sample.Page("about.html").QuerySelector("main")!;
        Assert.Equal("Alvby kommun ger ut Alvby kommun – krisinformation.", main.QuerySelector("#publisher + p")!.TextContent);
        Assert.Equal(3, main.QuerySelectorAll("#publisher ~ ul.contacts a[href^='tel:']").Length);
    }

    [Fact]
    public void Help_numbers_are_tel_links_and_addresses()
    {
        var items = _sample.Page("about.html").QuerySelectorAll("#more-information + ul.help-numbers > li").ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal("https://www.krisinformation.se", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("tel:11313", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("113 13", items[1].QuerySelector("a")!.TextContent);
        Assert.Equal("tel:112", items[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("akut fara", items[2].TextContent, StringComparison.Ordinal);
        Assert.Equal(["tel:1177", "https://www.1177.se"], items[3].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Every_official_channel_it_lists_exists()
    {
        var links = _sample.Page("about.html").QuerySelectorAll("ul.channels a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal("https://kris.alvby.example/info/", links[0]);
        Assert.Equal(["feed.xml", "feed.atom", "feed.json", "notice.html", "summary.txt", "sms.txt", "status.json", "embed.html"], links.Skip(1));
        Assert.All(links.Skip(1), link => Assert.True(File.Exists(Path.Combine(_sample.Output, link)), link));
    }

    [Fact]
    public void Without_help_numbers_there_is_no_empty_section_and_the_site_title_is_the_publisher()
    {
        using var site = new TestSite("""
            -- site.yml --
            title: "Testkommun"
            baseUrl: "https://kris.example.org/info/"
            language: en
            """);
        Assert.True(site.Build().Succeeded);
        var main = site.Page("about.html").QuerySelector("main")!;
        Assert.Null(main.QuerySelector("#more-information"));
        Assert.Equal("Testkommun publishes Testkommun.", main.QuerySelector("#publisher + p")!.TextContent);
    }

    [Fact]
    public void The_sitemap_lists_the_about_page_and_the_statement()
    {
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(_sample.Output, "sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var lastModified = sitemap.Descendants(ns + "url").ToDictionary(url => url.Element(ns + "loc")!.Value, url => url.Element(ns + "lastmod")?.Value);
        Assert.Null(lastModified["https://kris.alvby.example/info/about.html"]);
        Assert.Equal("2026-03-13", lastModified["https://kris.alvby.example/info/accessibility.html"]);
    }
}
