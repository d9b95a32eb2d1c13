using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Incidents;

/// <summary>
/// An incident as it goes on, built at chosen moments: the timeline and the site's feed show it once, with its state,
/// under the same id as it changes; the board and "the situation now" follow it while it is open; CAP keeps each
/// incident a thread of its own, gives the all-clear when it is resolved and cancels a planned window called off.
/// </summary>
public class IncidentLifecycleTests
{
    private const string Base = "https://kris.example.org/info/";

    private const string Site = """
        -- site.yml --
        title: "Testkommun"
        baseUrl: "https://kris.example.org/info/"
        contact:
          - { label: "Växeln", phone: "0999-123 00" }
        services:
          - { id: vatten, name: "Dricksvatten" }
          - { id: skola, name: "Skolplattformen" }
        accessibility:
          organisation: "Testkommun"
          compliance: full
          assessed: 2026-03-01
          method: self-assessment
          email: "tillganglighet@kris.example.org"
        cap:
          enabled: true
          sender: "kris@kris.example.org"
          event: "Vattenläcka"
          areaDesc: "Testkommun"
        -- content/updates/2026-03-01-skolan.md --
        ---
        title: "Skolplattformen fungerar inte"
        date: 2026-03-01T08:00
        services: { skola: down }
        ---
        Text.
        -- content/updates/2026-03-02-lacka.md --
        ---
        title: "Vattenläcka i Norrby"
        date: 2026-03-02T08:00
        pinned: true
        severity: warning
        services: { vatten: down }
        incident: lacka
        state: investigating
        ---
        Vi letar efter läckan.
        -- content/updates/2026-03-02-lacka-hittad.md --
        ---
        title: "Läckan är hittad"
        date: 2026-03-02T14:00
        severity: warning
        services: { vatten: degraded }
        incident: lacka
        state: identified
        ---
        Vi lagar röret i natt.
        -- content/updates/2026-03-03-lacka-lagad.md --
        ---
        title: "Vattnet är tillbaka i Norrby"
        date: 2026-03-03T09:00
        services: { vatten: operational }
        incident: lacka
        state: resolved
        ---
        Röret är lagat.
        """;

    private static BuildResult BuildAt(TestSite site, string time)
    {
        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = DateTimeOffset.Parse(time, CultureInfo.InvariantCulture), Strict = true });
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        return result;
    }

    private static List<XElement> CapMessages(TestSite site)
    {
        XNamespace cap = "urn:oasis:names:tc:emergency:cap:1.2";
        return [.. Directory.EnumerateFiles(Path.Combine(site.Output, "cap"), "*.xml").Select(path => XDocument.Load(path).Root!)
            .OrderBy(message => DateTimeOffset.Parse(message.Element(cap + "sent")!.Value, CultureInfo.InvariantCulture))];
    }

    private static SyndicationFeed Atom(TestSite site)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, "feed.atom"));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void While_open_the_timeline_shows_the_incident_once_and_the_board_and_the_situation_now_follow_it()
    {
        using var site = new TestSite(Site);
        BuildAt(site, "2026-03-02T16:00:00+01:00");
        var home = site.Page("index.html");

        // One entry for the incident, with its state and number of updates, beside the update outside it.
        var entries = home.QuerySelectorAll("section.timeline ol.updates > li").ToList();
        Assert.Equal(2, entries.Count);
        var incident = entries[0].QuerySelector(".incident-summary")!;
        Assert.Equal("incidents/lacka.html", incident.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Vattenläcka i Norrby", incident.QuerySelector("h3")!.TextContent);
        Assert.Equal("Händelse · Läge: Orsaken är känd · Uppdateringar: 2", incident.QuerySelector("p.meta")!.TextContent);
        Assert.Equal("updates/2026-03-02-lacka-hittad.html", incident.QuerySelectorAll("p.meta a")[^1].GetAttribute("href"));
        Assert.Equal("updates/2026-03-01-skolan.html", entries[1].QuerySelector("h3 a")!.GetAttribute("href"));

        // The pinned update's incident went on: the situation now is its newest update, with the incident's state.
        var current = home.QuerySelector("section.current")!;
        Assert.Equal("updates/2026-03-02-lacka-hittad.html", current.QuerySelector(".current-title a")!.GetAttribute("href"));
        Assert.Contains("Läge: Orsaken är känd", current.TextContent, StringComparison.Ordinal);

        // The board says which open incident the status comes from.
        var water = home.QuerySelectorAll(".service-board tbody tr").Single(row => row.QuerySelector("th")!.TextContent.Contains("Dricksvatten", StringComparison.Ordinal));
        Assert.Equal("incidents/lacka.html", water.QuerySelector("a.incident-note")!.GetAttribute("href"));
        Assert.Equal("Händelse: Orsaken är känd", water.QuerySelector("a.incident-note")!.TextContent);
        Assert.Equal("Händelse: Vattenläcka i Norrby (Orsaken är känd)", site.Page("services/vatten.html").QuerySelector(".service-now p.meta:last-of-type")!.TextContent);
        Assert.Null(home.QuerySelectorAll(".service-board tbody tr").Single(row => row.QuerySelector("th")!.TextContent.Contains("Skolplattformen", StringComparison.Ordinal)).QuerySelector(".incident-note"));
    }

    [Fact]
    public void The_feed_entry_of_an_incident_keeps_its_id_and_moves_its_updated_time_as_the_incident_changes()
    {
        using var site = new TestSite(Site);
        BuildAt(site, "2026-03-02T10:00:00+01:00");
        var before = Atom(site).Items.Single(item => item.Id == Base + "incidents/lacka.html");
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(1)), before.LastUpdatedTime);
        Assert.StartsWith("<p><strong>Läge: Utreds. Uppdateringar: 1.</strong></p>", ((TextSyndicationContent)before.Content).Text, StringComparison.Ordinal);

        BuildAt(site, "2026-03-03T12:00:00+01:00");
        var feed = Atom(site);
        var after = feed.Items.Single(item => item.Id == Base + "incidents/lacka.html");
        Assert.Equal(before.PublishDate, after.PublishDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(1)), after.LastUpdatedTime);
        Assert.Equal("Vattenläcka i Norrby", after.Title.Text);
        var content = ((TextSyndicationContent)after.Content).Text;
        Assert.StartsWith("<p><strong>Läge: Löst. Uppdateringar: 3.</strong></p><h2>Vattnet är tillbaka i Norrby</h2>", content, StringComparison.Ordinal);
        Assert.Contains("Röret är lagat.", content, StringComparison.Ordinal);
        // No entry of its own for an update of the incident; the update outside it keeps its own.
        Assert.Equal([Base + "incidents/lacka.html", Base + "updates/2026-03-01-skolan.html"], feed.Items.Select(item => item.Id));
        // RSS and JSON Feed use the same id; the service's own feed keeps every update that set its status.
        Assert.Contains("<guid isPermaLink=\"true\">" + Base + "incidents/lacka.html</guid>", site.ReadOutput("feed.xml"), StringComparison.Ordinal);
        Assert.Contains("\"id\": \"" + Base + "incidents/lacka.html\"", site.ReadOutput("feed.json"), StringComparison.Ordinal);
        using var reader = XmlReader.Create(Path.Combine(site.Output, "services", "vatten.atom"));
        Assert.Equal(3, SyndicationFeed.Load(reader).Items.Count());
        // Once resolved, the board no longer names it.
        Assert.Null(site.Page("index.html").QuerySelector(".incident-note"));
    }

    [Fact]
    public void Cap_keeps_each_incident_a_thread_of_its_own_and_gives_the_all_clear_when_it_is_resolved()
    {
        using var site = new TestSite(Site);
        BuildAt(site, "2026-03-03T12:00:00+01:00");
        XNamespace cap = "urn:oasis:names:tc:emergency:cap:1.2";
        var messages = CapMessages(site);
        string Web(XElement message) => message.Element(cap + "info")!.Element(cap + "web")!.Value[Base.Length..];

        var school = Assert.Single(messages, message => Web(message) == "updates/2026-03-01-skolan.html");
        Assert.Equal("Alert", school.Element(cap + "msgType")!.Value);
        var leak = messages.Where(message => Web(message).Contains("lacka", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, leak.Count);
        // The incident's first message is an Alert although another was sent before it: a thread of its own.
        Assert.Equal(["Alert", "Update", "Update"], leak.Select(message => message.Element(cap + "msgType")!.Value));
        var first = leak[0].Element(cap + "identifier")!.Value;
        Assert.All(leak, message => Assert.Equal(first, message.Element(cap + "incidents")!.Value));
        Assert.Equal(school.Element(cap + "identifier")!.Value, school.Element(cap + "incidents")!.Value);
        Assert.Equal(2, leak[2].Element(cap + "references")!.Value.Split(' ').Length);
        Assert.DoesNotContain(school.Element(cap + "identifier")!.Value, leak[2].Element(cap + "references")!.Value, StringComparison.Ordinal);
        Assert.Equal("AllClear", leak[2].Element(cap + "info")!.Element(cap + "responseType")!.Value);
        Assert.Null(leak[1].Element(cap + "info")!.Element(cap + "responseType"));
        Assert.All(Directory.EnumerateFiles(Path.Combine(site.Output, "cap")), path => Assert.Empty(CapSchema.Problems(path)));
    }

    [Fact]
    public void A_planned_window_called_off_after_it_was_announced_is_a_cap_cancel_of_its_announcement()
    {
        using var site = new TestSite(Site + """

            -- content/updates/2026-03-04-avstangning.md --
            ---
            title: "Vattnet stängs av natten till lördag"
            date: 2026-03-04T10:00
            updated: 2026-03-05T09:00
            planned: { start: 2026-03-06T22:00, end: 2026-03-07T04:00, state: cancelled }
            services: { vatten: down }
            ---
            Avstängningen är inställd.
            """);
        BuildAt(site, "2026-03-05T12:00:00+01:00");
        XNamespace cap = "urn:oasis:names:tc:emergency:cap:1.2";
        var planned = CapMessages(site).Where(message => message.Element(cap + "info")!.Element(cap + "web")!.Value.EndsWith("2026-03-04-avstangning.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, planned.Count);
        Assert.Equal("Update", planned[0].Element(cap + "msgType")!.Value);
        Assert.Equal("Cancel", planned[1].Element(cap + "msgType")!.Value);
        // A Cancel takes back the window's announcement, and nothing else the site said.
        var announcement = planned[0];
        Assert.Equal($"kris@kris.example.org,{announcement.Element(cap + "identifier")!.Value},{announcement.Element(cap + "sent")!.Value}", planned[1].Element(cap + "references")!.Value);
        Assert.Equal("2026-03-06T22:00:00+01:00", planned[0].Element(cap + "info")!.Element(cap + "onset")!.Value);
        Assert.Equal("2026-03-07T04:00:00+01:00", planned[0].Element(cap + "info")!.Element(cap + "expires")!.Value);
        Assert.All(Directory.EnumerateFiles(Path.Combine(site.Output, "cap")), path => Assert.Empty(CapSchema.Problems(path)));
    }

    [Fact]
    public void Every_page_says_since_when_the_situation_holds_and_a_rebuild_that_changes_nothing_writes_the_same_bytes()
    {
        using var site = new TestSite(Site);
        BuildAt(site, "2026-03-02T16:00:00+01:00");
        foreach (var page in new[] { "index.html", "archive.html", "notice.html", "about.html", "404.html", "incidents/lacka.html", "services/vatten.html", "updates/2026-03-01-skolan.html" })
        {
            var asOf = site.Page(page).QuerySelector("main p.as-of")!;
            Assert.Equal("Läget gällde 2 mars 2026 kl. 14.00", asOf.TextContent);
            Assert.Equal("2026-03-02T14:00:00+01:00", asOf.QuerySelector("time")!.GetAttribute("datetime"));
        }
        var first = FolderSnapshot.Take(site.Output);
        // An hour later nothing has happened: the same time, the same bytes, nothing for publish to upload.
        BuildAt(site, "2026-03-02T17:00:00+01:00");
        Assert.True(FolderSnapshot.Equal(first, FolderSnapshot.Take(site.Output)));
    }
}
