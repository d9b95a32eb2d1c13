using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>'hub:' in site.yml: every feed, in every format, names the WebSub hub beside its own address (WebSub 1.0, section 4).</summary>
public class WebSubTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Hub = "https://websub.example.org/hub";

    private const string Update = """
        ---
        title: "Växeln ligger nere"
        date: 2026-03-02T08:00
        services: { epost: down }
        ---
        Ring 0999-123 00.
        """;

    private static TestSite Site(string hubLine) =>
        new($"-- site.yml --\n{TestSite.MinimalConfig}\n{hubLine}\n-- content/updates/vaxeln.md --\n{Update}");

    [Fact]
    public async Task Rss_atom_and_json_feeds_of_the_site_and_of_each_service_name_the_hub_and_themselves()
    {
        using var site = Site($"hub: \"{Hub}\"");
        Assert.True(site.Build().Succeeded);

        foreach (var basePath in new[] { "feed", "services/epost", "services/lon" })
        {
            var self = "https://kris.example.org/info/" + basePath;

            var rss = XDocument.Parse(site.ReadOutput(basePath + ".xml")).Root!.Element("channel")!;
            Assert.Equal(Hub, (string?)Assert.Single(rss.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "hub").Attribute("href"));
            Assert.Equal(self + ".xml", (string?)Assert.Single(rss.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self").Attribute("href"));

            var atom = XDocument.Parse(site.ReadOutput(basePath + ".atom")).Root!;
            Assert.Equal(Hub, (string?)Assert.Single(atom.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "hub").Attribute("href"));
            Assert.Equal(self + ".atom", (string?)Assert.Single(atom.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self").Attribute("href"));

            using var json = JsonDocument.Parse(site.ReadOutput(basePath + ".json"));
            var hub = Assert.Single(json.RootElement.GetProperty("hubs").EnumerateArray());
            Assert.Equal(("WebSub", Hub), (hub.GetProperty("type").GetString(), hub.GetProperty("url").GetString()));
            Assert.Equal(self + ".json", json.RootElement.GetProperty("feed_url").GetString());
        }

        // Still valid feeds: Atom against RFC 4287's grammar, JSON Feed against its schema, RSS read by a real parser.
        Assert.Equal("", await StandardSchemas.JingAsync("atom.rnc", [Path.Combine(site.Output, "feed.atom"), Path.Combine(site.Output, "services", "epost.atom")]));
        Assert.Empty(StandardSchemas.Errors(await StandardSchemas.JsonFeedAsync(), site.ReadOutput("feed.json")));
        using var reader = XmlReader.Create(Path.Combine(site.Output, "feed.xml"));
        Assert.Single(SyndicationFeed.Load(reader).Items);
    }

    [Fact]
    public void Without_a_hub_no_feed_names_one()
    {
        using var site = Site("");
        Assert.True(site.Build().Succeeded);
        Assert.DoesNotContain("rel=\"hub\"", site.ReadOutput("feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"hub\"", site.ReadOutput("feed.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain("hubs", site.ReadOutput("feed.json"), StringComparison.Ordinal);
    }
}
