using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the sample site: valid against their standards and carrying the same entries.</summary>
[Collection(SampleSiteBuild.Collection)]
public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SampleSiteBuild _site;

    public FeedTests(SampleSiteBuild site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
    }

    private IEnumerable<string> Outputs(string extension) =>
        Directory.EnumerateFiles(_site.Output, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private IEnumerable<string> JsonFeeds() =>
        Outputs(".json").Where(path => File.ReadAllText(path).Contains("\"https://jsonfeed.org/version/1.1\"", StringComparison.Ordinal));

    [Fact]
    public async Task Every_atom_feed_is_valid_against_the_rfc_4287_grammar()
    {
        var feeds = Outputs(".atom").ToList();
        Assert.Contains(Path.Combine(_site.Output, "feed.atom"), feeds);
        Assert.Equal("", await StandardSchemas.JingAsync("atom.rnc", feeds));
    }

    [Fact]
    public void Every_atom_feed_follows_the_rules_of_rfc_4287_that_the_grammar_leaves_out()
    {
        foreach (var path in Outputs(".atom"))
        {
            var feed = XDocument.Load(path).Root!;
            var entries = feed.Elements(Atom + "entry").ToList();
            // 4.1.1: an author on the feed, or on every entry.
            Assert.True(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value.Length > 0 || entries.All(e => e.Element(Atom + "author") is not null), path);
            // 4.1.1: one self link; 4.1.2: an entry without content has an alternate link.
            Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
            Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
            foreach (var entry in entries)
            {
                Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("type") == "text/html");
                Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
                // 3.3: RFC 3339 dates; ours always carry the site's offset.
                foreach (var date in entry.Elements().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"))
                    Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", date.Value);
            }
        }
    }

    [Fact]
    public void Atom_is_read_by_a_real_feed_parser_with_the_same_entries_as_rss()
    {
        var atom = Load("feed.atom");
        var rss = Load("feed.xml");

        Assert.Equal("Alvby kommun – krisinformation", atom.Title.Text);
        Assert.Equal("Alvby kommun – krisinformation", atom.Authors.Single().Name);
        Assert.Equal(20, atom.Items.Count());
        Assert.Equal(rss.Items.Select(i => i.Id), atom.Items.Select(i => i.Id));
        // RSS has no 'updated': an incident's item is dated by its newest update, so readers see it move up; Atom has both.
        Assert.Equal(rss.Items.Select(i => i.PublishDate), atom.Items.Select(i => i.Id.Contains("/incidents/", StringComparison.Ordinal) ? i.LastUpdatedTime : i.PublishDate));
        Assert.Equal(rss.Items.Select(i => i.Title.Text), atom.Items.Select(i => i.Title.Text));

        var first = atom.Items.First();
        Assert.Equal("https://kris.alvby.example/info/updates/2026-03-20-laget-just-nu.html", first.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 15, 0, 0, TimeSpan.FromHours(1)), first.PublishDate);
        Assert.Contains("E-post, växel, lön och hemtjänst", first.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("<h2 id=", ((TextSyndicationContent)first.Content).Text, StringComparison.Ordinal);
        Assert.Contains(first.Categories, c => c.Name == "notice" && c.Label == "Meddelande");
        Assert.Contains(first.Categories, c => c.Name == "hemtjanst" && c.Label == "Hemtjänst" && c.Scheme == "https://kris.alvby.example/info/services/");

        // An edited update: published is its date, updated its 'updated'.
        var edited = atom.Items.Single(i => i.Id.EndsWith("/2026-03-02-hemtjansten-papper.html", StringComparison.Ordinal));
        Assert.True(edited.LastUpdatedTime > edited.PublishDate);
        // An incident: one entry, its id the incident's page, published when it began, updated with its newest update.
        var incident = atom.Items.Single(i => i.Id == "https://kris.alvby.example/info/incidents/utbetalningar.html");
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 16, 0, 0, TimeSpan.FromHours(1)), incident.PublishDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 11, 0, 0, TimeSpan.FromHours(1)), incident.LastUpdatedTime);
        Assert.DoesNotContain(atom.Items, i => i.Id.Contains("lon-forsenad", StringComparison.Ordinal) || i.Id.Contains("lon-betalas-manuellt", StringComparison.Ordinal));
        Assert.Equal("sv", XDocument.Load(Path.Combine(_site.Output, "feed.atom")).Root!.Attribute(XNamespace.Xml + "lang")!.Value);
    }

    [Fact]
    public void Rss_items_carry_the_severity_and_affected_services_as_categories()
    {
        var first = Load("feed.xml").Items.First();
        Assert.Contains(first.Categories, c => c.Name == "Meddelande");
        Assert.Contains(first.Categories, c => c.Name == "Hemtjänst" && c.Scheme == "https://kris.alvby.example/info/services/");
    }

    [Fact]
    public async Task Every_json_feed_is_valid_against_the_json_feed_1_1_schema()
    {
        var schema = await StandardSchemas.JsonFeedAsync();
        var feeds = JsonFeeds().ToList();
        Assert.Contains(Path.Combine(_site.Output, "feed.json"), feeds);
        foreach (var path in feeds)
            Assert.Empty(StandardSchemas.Errors(schema, File.ReadAllText(path)));
    }

    [Fact]
    public async Task The_json_feed_schema_catches_a_broken_feed()
    {
        var schema = await StandardSchemas.JsonFeedAsync();
        Assert.NotEmpty(StandardSchemas.Errors(schema, """{ "version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [ { "id": "a" } ] }"""));
        Assert.NotEmpty(StandardSchemas.Errors(schema, """{ "version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [], "bogus": 1 }"""));
    }

    [Fact]
    public void Json_feed_has_the_same_items_as_rss_with_html_content_author_and_language()
    {
        using var json = JsonDocument.Parse(_site.Read("feed.json"));
        var root = json.RootElement;
        Assert.Equal("sv", root.GetProperty("language").GetString());
        Assert.Equal("https://kris.alvby.example/info/feed.json", root.GetProperty("feed_url").GetString());
        Assert.Equal("Alvby kommun – krisinformation", root.GetProperty("authors")[0].GetProperty("name").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Load("feed.xml").Items.Select(i => i.Id), items.Select(i => i.GetProperty("id").GetString()));
        var first = items[0];
        Assert.Equal("2026-03-20T15:00:00+01:00", first.GetProperty("date_published").GetString());
        Assert.Contains("Meddelande", first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("notice", first.GetProperty("_crisis").GetProperty("severity").GetString());
        Assert.Equal("manual", items.First(i => i.GetProperty("id").GetString()!.EndsWith("hemtjansten-sa-fungerar-det.html", StringComparison.Ordinal))
            .GetProperty("_crisis").GetProperty("services").GetProperty("hemtjanst").GetString());
    }

    [Fact]
    public void Links_in_feed_content_are_absolute_so_they_work_in_a_feed_reader()
    {
        using var json = JsonDocument.Parse(_site.Read("feed.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().First(i => i.GetProperty("id").GetString()!.EndsWith("vi-betalar-inte.html", StringComparison.Ordinal));
        var html = item.GetProperty("content_html").GetString()!;
        Assert.Contains("href=\"https://kris.alvby.example/info/updates/2026-03-02-it-angrepp.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_links_all_three_feeds_with_their_types()
    {
        foreach (var path in _site.HtmlPages())
        {
            var page = _site.Page(path);
            // A page links its own language's feeds: those in its language's folder (en/feed.xml).
            var folder = SampleSiteBuild.LanguageFolderOf(path);
            var inFolder = path[folder.Length..];
            var prefix = inFolder == "404.html" ? "/info/" + folder : string.Concat(Enumerable.Repeat("../", inFolder.Count(c => c == '/')));
            Assert.Equal(prefix + "feed.xml", page.QuerySelector("link[rel=alternate][type='application/rss+xml']")?.GetAttribute("href"));
            Assert.Equal(prefix + "feed.atom", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
            Assert.Equal(prefix + "feed.json", page.QuerySelector("link[rel=alternate][type='application/feed+json']")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Ids_stay_the_same_in_every_feed_when_a_title_and_text_are_corrected()
    {
        const string Before = """
            ---
            title: "Växeln ligger nere"
            date: 2026-03-02T15:30
            services: { epost: down }
            ---
            Ring 0999-123 00.
            """;
        using var site = new TestSite($"-- site.yml --\n{TestSite.MinimalConfig}\n-- content/updates/vaxeln.md --\n{Before}");
        Assert.True(site.Build().Succeeded);
        var before = Ids(site);
        site.Write("content/updates/vaxeln.md", Before.Replace("Växeln ligger nere", "Telefonväxeln ligger nere", StringComparison.Ordinal).Replace("Ring", "Ring oss på", StringComparison.Ordinal)
            .Replace("date: 2026-03-02T15:30", "date: 2026-03-02T15:30\nupdated: 2026-03-02T16:00", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        var after = Ids(site);

        Assert.Equal(["https://kris.example.org/info/updates/vaxeln.html"], before.Rss);
        Assert.Equal(before, after);
        Assert.Equal(before.Rss, before.Atom);
        Assert.Equal(before.Rss, before.Json);
        Assert.Contains("Telefonväxeln ligger nere", site.ReadOutput("feed.atom"), StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_content_is_the_sanitised_body()
    {
        using var site = new TestSite($"""
            -- site.yml --
            {TestSite.MinimalConfig}
            -- content/updates/a.md --
            ---
            title: "A"
            date: 2026-03-02
            ---
            Hej <script>alert(1)</script><a href="javascript:alert(1)" onclick="x()">länk</a>
            """);
        Assert.True(site.Build().Succeeded);
        foreach (var feed in new[] { "feed.atom", "feed.json", "feed.xml" })
        {
            var text = site.ReadOutput(feed);
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("alert(1)", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onclick", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private SyndicationFeed Load(string path)
    {
        using var reader = XmlReader.Create(Path.Combine(_site.Output, path));
        return SyndicationFeed.Load(reader);
    }

    private sealed record FeedIds(string[] Rss, string[] Atom, string[] Json)
    {
        public bool Equals(FeedIds? other) => other is not null && Rss.SequenceEqual(other.Rss) && Atom.SequenceEqual(other.Atom) && Json.SequenceEqual(other.Json);

        public override int GetHashCode() => Rss.Length;
    }

    private static FeedIds Ids(TestSite site)
    {
        using var rss = XmlReader.Create(Path.Combine(site.Output, "feed.xml"));
        using var atom = XmlReader.Create(Path.Combine(site.Output, "feed.atom"));
        using var json = JsonDocument.Parse(site.ReadOutput("feed.json"));
        return new FeedIds(
            [.. SyndicationFeed.Load(rss).Items.Select(i => i.Id)],
            [.. SyndicationFeed.Load(atom).Items.Select(i => i.Id)],
            [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)]);
    }
}
