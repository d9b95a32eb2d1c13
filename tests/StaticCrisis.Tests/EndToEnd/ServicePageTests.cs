using System.ServiceModel.Syndication;
using System.Xml;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>A page and feeds per service in the sample site: someone who only cares about home care follows home care.</summary>
[Collection(SampleSiteBuild.Collection)]
public class ServicePageTests
{
    private readonly SampleSiteBuild _site;

    public ServicePageTests(SampleSiteBuild site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
    }

    [Fact]
    public void The_service_board_on_the_home_page_links_each_service_page()
    {
        var links = _site.Page("index.html").QuerySelectorAll(".service-board tbody th a.service-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(8, links.Count);
        Assert.Contains("services/hemtjanst.html", links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(_site.Output, link)), link));
        // The printed notice shows names without links.
        Assert.Empty(_site.Page("notice.html").QuerySelectorAll(".service-board a.service-link"));
    }

    [Fact]
    public void A_service_page_shows_its_status_in_words_its_advice_and_phone()
    {
        var page = _site.Page("services/hemtjanst.html");
        Assert.Equal("Hemtjänst", page.QuerySelector("h1")!.TextContent);
        var now = page.QuerySelector(".service-now")!;
        Assert.Equal("Fungerar", now.QuerySelector(".status")!.TextContent);
        Assert.Contains("Tjänsten fungerar som vanligt.", now.TextContent, StringComparison.Ordinal);
        Assert.Contains("Jouren svarar dygnet runt", now.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:0999-12340", now.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
    }

    [Fact]
    public void A_service_page_lists_every_update_that_set_its_status_newest_first()
    {
        var rows = _site.Page("services/hemtjanst.html").QuerySelectorAll(".service-history tbody tr");
        Assert.Equal(
            ["2026-03-20-laget-just-nu", "2026-03-20-hemtjansten-digitala-system", "2026-03-11-hemtjansten-sa-fungerar-det", "2026-03-10-lagesbild-vecka-11", "2026-03-02-hemtjansten-papper", "2026-03-02-it-angrepp"],
            rows.Select(row => Path.GetFileNameWithoutExtension(row.QuerySelector("a")!.GetAttribute("href")!)));
        Assert.Equal("Manuella rutiner", rows[2].QuerySelector(".status")!.TextContent);
        Assert.Equal("2026-03-11T10:00:00+01:00", rows[2].QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void A_service_page_links_its_own_feeds_besides_the_sites()
    {
        var page = _site.Page("services/hemtjanst.html");
        var alternates = page.QuerySelectorAll("link[rel=alternate]").Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
        Assert.Contains(("application/rss+xml", "../feed.xml"), alternates);
        Assert.Contains(("application/rss+xml", "hemtjanst.xml"), alternates);
        Assert.Contains(("application/atom+xml", "hemtjanst.atom"), alternates);
        Assert.Contains(("application/feed+json", "hemtjanst.json"), alternates);
        Assert.Equal(["hemtjanst.xml", "hemtjanst.atom", "hemtjanst.json", "hemtjanst.ics"], page.QuerySelectorAll(".follow a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_service_feed_holds_only_the_updates_that_set_its_status()
    {
        foreach (var path in new[] { "services/hemtjanst.xml", "services/hemtjanst.atom" })
        {
            using var reader = XmlReader.Create(Path.Combine(_site.Output, path));
            var feed = SyndicationFeed.Load(reader);
            Assert.Equal("Hemtjänst – Alvby kommun – krisinformation", feed.Title.Text);
            Assert.Equal(6, feed.Items.Count());
            Assert.All(feed.Items, item => Assert.Contains(item.Categories, c => c.Scheme == "https://kris.alvby.example/info/services/" && (c.Name == "hemtjanst" || c.Name == "Hemtjänst")));
        }
        var library = _site.Read("services/bibliotek.json");
        Assert.Single(System.Text.Json.JsonDocument.Parse(library).RootElement.GetProperty("items").EnumerateArray());
    }
}
