using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Dom;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>The sample site as a resident and a feed reader see it.</summary>
[Collection(SampleSiteBuild.Collection)]
public class SampleSiteTests
{
    private readonly SampleSiteBuild _site;

    public SampleSiteTests(SampleSiteBuild site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
    }

    [Fact]
    public void Builds_without_warnings()
    {
        Assert.Empty(_site.Result.Diagnostics.Sorted());
    }

    [Fact]
    public void Writes_every_page_and_file_a_host_needs()
    {
        foreach (var file in new[] { "index.html", "archive.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "style.css", "files/telefonlista.txt", "updates/bilder/informationspunkter.svg" })
            Assert.True(File.Exists(Path.Combine(_site.Output, file)), file);
    }

    [Fact]
    public void Home_shows_the_situation_now_from_the_newest_pinned_update()
    {
        var current = _site.Page("index.html").QuerySelector("section.current")!;
        Assert.Equal("Läget just nu", current.QuerySelector("h2")!.TextContent);
        var link = current.QuerySelector(".current-title a")!;
        Assert.Equal("updates/2026-03-20-laget-just-nu.html", link.GetAttribute("href"));
    }

    [Fact]
    public void Service_board_shows_each_service_with_its_current_status_in_words()
    {
        var rows = _site.Page("index.html").QuerySelectorAll(".service-board tbody tr")
            .ToDictionary(row => row.QuerySelector("th")!.FirstChild!.TextContent.Trim(), row => row);

        Assert.Equal(8, rows.Count);
        Assert.Equal("Fungerar", rows["E-post till kommunen"].QuerySelector(".status")!.TextContent);
        Assert.Equal("Begränsad", rows["Skolplattformen"].QuerySelector(".status")!.TextContent);
        Assert.Equal("Ur funktion", rows["E-tjänster och bygglov"].QuerySelector(".status")!.TextContent);
        // The library is mentioned by one update only: its status links to that update.
        Assert.Equal("updates/2026-03-10-lagesbild-vecka-11.html", rows["Biblioteket"].QuerySelector("a.status-source")!.GetAttribute("href"));
    }

    [Fact]
    public void Timeline_lists_the_newest_updates_first_with_time_and_severity_in_text()
    {
        var items = _site.Page("index.html").QuerySelectorAll(".timeline ol.updates > li");
        Assert.Equal(15, items.Length); // timeline.items in site.yml

        var times = items.Select(item => DateTimeOffset.Parse(item.QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);

        var first = items[0];
        Assert.Equal("Läget just nu: de flesta tjänster fungerar igen", first.QuerySelector("h3 a")!.TextContent);
        Assert.Equal("20 mars 2026 kl. 15.00", first.QuerySelector("time")!.TextContent);
        Assert.Equal("2026-03-20T15:00:00+01:00", first.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Allvarlighetsgrad: Meddelande", first.QuerySelector(".severity")!.TextContent);
        Assert.Contains(_site.Page("index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "archive.html");
    }

    [Fact]
    public void Drafts_and_scheduled_updates_are_not_published()
    {
        var pages = _site.HtmlPages().ToList();
        Assert.DoesNotContain("updates/2026-03-18-informationsmote.html", pages);
        Assert.DoesNotContain("updates/2027-01-15-rapport-till-kommunfullmaktige.html", pages);
        Assert.DoesNotContain("informationsmote", _site.Read("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_page_shows_dates_severity_services_body_and_neighbours()
    {
        var page = _site.Page("updates/2026-03-02-it-angrepp.html");
        Assert.Single(page.QuerySelectorAll("h1"));
        var meta = page.QuerySelector("dl.meta")!;
        Assert.Equal(["Publicerad", "Uppdaterad", "Allvarlighetsgrad"], meta.QuerySelectorAll("dt").Select(dt => dt.TextContent));
        Assert.All(meta.QuerySelectorAll("dd time"), time => Assert.NotNull(time.GetAttribute("datetime")));
        Assert.Equal("Allvarligt läge", meta.QuerySelector(".severity")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".affected li .status"));
        Assert.NotNull(page.QuerySelector(".body p"));
        Assert.NotNull(page.QuerySelector(".pager a[rel=next]"));

        var oldest = _site.Page(_site.Page("archive.html").QuerySelectorAll("ol.archive-list a")[^1].GetAttribute("href")!);
        Assert.Null(oldest.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public void Archive_lists_every_published_update_by_month()
    {
        var archive = _site.Page("archive.html");
        var months = archive.QuerySelectorAll("section.month");
        Assert.Equal(["Mars 2026"], months.Select(m => m.QuerySelector("h2")!.TextContent));
        Assert.Equal(_site.HtmlPages().Count(p => p.StartsWith("updates/", StringComparison.Ordinal)), archive.QuerySelectorAll("ol.archive-list li").Length);
    }

    [Fact]
    public void Every_page_declares_its_language_and_one_h1_and_links_the_feed()
    {
        foreach (var path in _site.HtmlPages())
        {
            var page = _site.Page(path);
            // The main language at the root, every other in its folder; easy-to-read Swedish is Swedish.
            var (lang, dir) = path.Split('/')[0] switch
            {
                "en" => ("en", "ltr"),
                "fi" => ("fi", "ltr"),
                "fit" => ("fit", "ltr"),
                "ar" => ("ar", "rtl"),
                _ => ("sv", "ltr"),
            };
            Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(dir, page.DocumentElement.GetAttribute("dir"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/rss+xml']"));
            Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])")); // data runs nothing
            Assert.All(page.QuerySelectorAll("time"), time => Assert.False(string.IsNullOrEmpty(time.GetAttribute("datetime"))));
        }
    }

    [Fact]
    public void Every_page_shows_the_contacts_as_phone_links()
    {
        foreach (var path in _site.HtmlPages())
        {
            var links = _site.Page(path).QuerySelectorAll("footer .contacts a[href^='tel:']");
            Assert.Contains(links, a => a.GetAttribute("href") == "tel:0999-12300" && a.TextContent == "0999-123 00" || Fail(path));
        }
    }

    [Fact]
    public void Every_internal_link_is_relative_and_points_at_a_file_that_exists()
    {
        var checkedLinks = 0;
        foreach (var path in _site.HtmlPages().Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var page = _site.Page(path);
            foreach (var url in Urls(page))
            {
                if (url.StartsWith('#') || url.Contains(':', StringComparison.Ordinal))
                    continue; // fragments, https:, tel:, mailto:
                Assert.False(url.StartsWith('/'), $"{path}: root-relative link {url}");
                var target = Path.GetFullPath(Path.Combine(_site.Output, Path.GetDirectoryName(path)!, Uri.UnescapeDataString(url.Split('#', '?')[0])));
                Assert.True(File.Exists(target), $"{path}: link {url} points at nothing");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 200, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void The_404_page_links_from_the_base_path_because_it_is_served_at_any_address()
    {
        var page = _site.Page("404.html");
        var urls = Urls(page).Where(url => !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('#')).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith("/info/", url, StringComparison.Ordinal));
        Assert.All(urls, url => Assert.True(File.Exists(Path.Combine(_site.Output, url["/info/".Length..]))));
    }

    [Fact]
    public void Feed_is_read_by_a_real_feed_parser_with_absolute_links_and_dates()
    {
        using var reader = XmlReader.Create(Path.Combine(_site.Output, "feed.xml"));
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("Alvby kommun – krisinformation", feed.Title.Text);
        var items = feed.Items.ToList();
        Assert.Equal(20, items.Count);
        var first = items[0];
        Assert.Equal("Läget just nu: de flesta tjänster fungerar igen", first.Title.Text);
        Assert.Equal(new Uri("https://kris.alvby.example/info/updates/2026-03-20-laget-just-nu.html"), first.Links[0].Uri);
        Assert.Equal("https://kris.alvby.example/info/updates/2026-03-20-laget-just-nu.html", first.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 15, 0, 0, TimeSpan.FromHours(1)), first.PublishDate);
        Assert.False(string.IsNullOrWhiteSpace(first.Summary.Text));
        Assert.Equal(items.OrderByDescending(i => i.PublishDate).Select(i => i.Id), items.Select(i => i.Id));

        var self = XDocumentSelfLink();
        Assert.Equal("https://kris.alvby.example/info/feed.xml", self);
    }

    [Fact]
    public void Sitemap_and_robots_use_absolute_urls()
    {
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(_site.Output, "sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://kris.alvby.example/info/", locations);
        Assert.Contains("https://kris.alvby.example/info/updates/kontaktvagar.html", locations);
        Assert.Contains("Sitemap: https://kris.alvby.example/info/sitemap.xml", _site.Read("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Links_between_updates_and_to_files_in_content_are_rewritten_to_their_pages()
    {
        var page = _site.Page("updates/2026-03-06-vi-betalar-inte.html");
        Assert.Contains(page.QuerySelectorAll(".body a"), a => a.GetAttribute("href") == "2026-03-02-it-angrepp.html");
        var image = _site.Page("updates/2026-03-03-informationspunkter.html").QuerySelector(".body img")!;
        Assert.True(File.Exists(Path.Combine(_site.Output, "updates", image.GetAttribute("src")!)));
        Assert.Equal("Karta över informationspunkterna", image.GetAttribute("alt"));
    }

    private string XDocumentSelfLink()
    {
        var document = System.Xml.Linq.XDocument.Load(Path.Combine(_site.Output, "feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        return document.Descendants(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value;
    }

    private static IEnumerable<string> Urls(IDocument page) =>
        page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);

    private static bool Fail(string path) => throw new Xunit.Sdk.XunitException(path + ": no phone link to the switchboard");
}
