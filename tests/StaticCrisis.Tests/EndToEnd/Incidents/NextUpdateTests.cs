using System.Text.Json.Nodes;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Incidents;

/// <summary>
/// 'nextUpdate' is a promise to residents: shown while it is pending, said plainly once it has passed with no newer
/// update (and the writer warned), forgotten once a newer update has come. Built at chosen moments, not by waiting.
/// </summary>
public class NextUpdateTests
{
    private const string Site = """
        -- site.yml --
        title: "Testkommun"
        baseUrl: "https://kris.example.org/info/"
        contact:
          - { label: "Växeln", phone: "0999-123 00" }
        accessibility:
          organisation: "Testkommun"
          compliance: full
          assessed: 2026-03-01
          method: self-assessment
          email: "tillganglighet@kris.example.org"
        -- content/updates/2026-03-02-vatten.md --
        ---
        title: "Vattnet är avstängt i Norrby"
        date: 2026-03-02T08:00
        nextUpdate: 2026-03-02T14:00
        pinned: true
        ---
        Vi lagar ledningen.
        """;

    private const string Page = "updates/2026-03-02-vatten.html";

    private static BuildResult BuildAt(TestSite site, string time, bool strict = false) => SiteBuilder.Build(new BuildRequest
    {
        SiteDirectory = site.Directory,
        Now = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
        Strict = strict,
    });

    [Fact]
    public void Before_its_time_the_promise_is_shown_on_the_page_the_home_page_and_in_status_json()
    {
        using var site = new TestSite(Site);
        var result = BuildAt(site, "2026-03-02T13:00:00+01:00", strict: true);
        Assert.Empty(TestSite.Lines(result));
        var meta = site.Page(Page).QuerySelectorAll("dl.meta dt").Single(dt => dt.TextContent == "Nästa uppdatering").NextElementSibling!;
        Assert.Equal("2 mars 2026 kl. 14.00", meta.TextContent);
        Assert.Equal("2026-03-02T14:00:00+01:00", meta.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Null(site.Page(Page).QuerySelector(".late-notice"));
        Assert.Equal("Nästa uppdatering: 2 mars 2026 kl. 14.00", site.Page("index.html").QuerySelector(".current p.meta:last-child")!.TextContent);
        Assert.Equal("2026-03-02T14:00:00+01:00", JsonNode.Parse(site.ReadOutput("status.json"))!["current"]!["nextUpdate"]!.GetValue<string>());
    }

    [Fact]
    public void Once_it_has_passed_with_no_newer_update_the_pages_say_so_and_the_writer_is_warned()
    {
        using var site = new TestSite(Site);
        var result = BuildAt(site, "2026-03-02T14:30:00+01:00");
        Assert.True(result.Succeeded);
        Assert.Equal(["content/updates/2026-03-02-vatten.md(4,13): warning SC1066: the next update was promised for 2026-03-02 14:00, and none has been published since; publish one, or change 'nextUpdate' (the page already tells residents it is late)"],
            TestSite.Lines(result));
        const string Late = "Nästa uppdatering utlovades 2 mars 2026 kl. 14.00 men har inte kommit än. Det som står här kan ha ändrats.";
        Assert.Equal(Late, site.Page(Page).QuerySelector("main .late-notice")!.TextContent);
        Assert.DoesNotContain(site.Page(Page).QuerySelectorAll("dl.meta dt"), dt => dt.TextContent == "Nästa uppdatering");
        Assert.Equal(Late, site.Page("index.html").QuerySelector(".current .late-notice")!.TextContent);
        Assert.False(BuildAt(site, "2026-03-02T14:30:00+01:00", strict: true).Succeeded);
    }

    [Fact]
    public void A_newer_update_keeps_the_promise_and_the_older_page_no_longer_mentions_it()
    {
        using var site = new TestSite(Site + """

            -- content/updates/2026-03-02-vatten-igen.md --
            ---
            title: "Vattnet är tillbaka i Norrby"
            date: 2026-03-02T14:10
            ---
            Ledningen är lagad.
            """);
        var result = BuildAt(site, "2026-03-02T18:00:00+01:00", strict: true);
        Assert.Empty(TestSite.Lines(result));
        Assert.Null(site.Page(Page).QuerySelector(".late-notice"));
        Assert.DoesNotContain(site.Page(Page).QuerySelectorAll("dl.meta dt"), dt => dt.TextContent == "Nästa uppdatering");
        var updates = JsonNode.Parse(site.ReadOutput("status.json"))!["updates"]!.AsArray();
        Assert.All(updates, update => Assert.Null(update!["nextUpdate"]));
    }

    [Fact]
    public void Status_json_says_when_the_site_next_changes_by_itself()
    {
        using var site = new TestSite(Site + """

            -- content/updates/2026-03-02-mote.md --
            ---
            title: "Informationsmöte i kväll"
            date: 2026-03-02T16:00
            ---
            Välkommen.
            """);
        string? NextChangeAt(string time)
        {
            Assert.True(BuildAt(site, time).Succeeded);
            return JsonNode.Parse(site.ReadOutput("status.json"))!["nextChange"]?.GetValue<string>();
        }
        // The promise falls due first, then the update dated ahead comes out; after that nothing is ahead.
        Assert.Equal("2026-03-02T14:00:00+01:00", NextChangeAt("2026-03-02T13:00:00+01:00"));
        Assert.Equal("2026-03-02T16:00:00+01:00", NextChangeAt("2026-03-02T14:30:00+01:00"));
        Assert.Null(NextChangeAt("2026-03-02T17:00:00+01:00"));
    }
}
