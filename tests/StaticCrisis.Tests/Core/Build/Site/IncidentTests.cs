using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Build.Site;

/// <summary>An incident's state is its newest update's 'state'; investigating until one gives one, open until resolved.</summary>
public class IncidentTests
{
    private const string Site = """
        -- site.yml --
        title: "Testkommun"
        baseUrl: "https://kris.example.org/info/"
        contact:
          - { label: "Växeln", phone: "0999-123 00" }
        -- content/updates/2026-03-02-forst.md --
        ---
        title: "Vattnet är brunt"
        date: 2026-03-02T08:00
        incident: vatten
        ---
        Text.
        -- content/updates/2026-03-02-sedan.md --
        ---
        title: "Vi spolar ledningarna"
        date: 2026-03-02T12:00
        incident: vatten
        ---
        Text.
        """;

    [Fact]
    public void An_incident_without_a_state_is_investigating_and_open()
    {
        using var site = new TestSite(Site);
        Assert.True(site.Build().Succeeded);
        var page = site.Page("incidents/vatten.html");
        Assert.Equal("Utreds", page.QuerySelector("dl.meta .incident-state")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("dl.meta dt"), dt => dt.TextContent == "Avslutad");
        Assert.Equal(["Utreds", "Utreds"], page.QuerySelectorAll(".incident-thread .incident-state").Select(state => state.TextContent));
        Assert.Contains("\"resolved\": null", site.ReadOutput("status.json"), StringComparison.Ordinal);
        // The home page follows the open incident.
        var open = site.Page("index.html").QuerySelector("section.incidents")!;
        Assert.Equal("Pågående händelser", open.QuerySelector("h2")!.TextContent);
        Assert.Equal("Vattnet är brunt: Utreds (senaste uppdatering 2 mars 2026 kl. 12.00)", open.QuerySelector("li")!.TextContent);
        Assert.Equal("incidents/vatten.html", open.QuerySelector("li a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_later_update_that_resolves_it_closes_it_and_a_draft_does_not()
    {
        using var site = new TestSite(Site + """

            -- content/updates/2026-03-03-klart.md --
            ---
            title: "Vattnet är rent igen"
            date: 2026-03-03T09:00
            incident: vatten
            state: resolved
            ---
            Text.
            -- content/updates/2026-03-03-utkast.md --
            ---
            title: "Utkast"
            date: 2026-03-03T10:00
            incident: vatten
            state: investigating
            draft: true
            ---
            Text.
            """);
        Assert.True(site.Build().Succeeded);
        var page = site.Page("incidents/vatten.html");
        Assert.Equal("Löst", page.QuerySelector("dl.meta .incident-state")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll(".incident-thread li").Length);
        Assert.Null(site.Page("index.html").QuerySelector("section.incidents"));
    }
}
