using System.Text.Json.Nodes;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Incidents;

/// <summary>The sample's delayed payments: three updates with 'incident: utbetalningar', from identified to resolved.</summary>
[Collection(SampleSiteBuild.Collection)]
public class SampleIncidentTests
{
    private const string Page = "incidents/utbetalningar.html";

    private readonly SampleSiteBuild _site;

    public SampleIncidentTests(SampleSiteBuild site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
    }

    [Fact]
    public void The_incident_page_gives_its_state_and_its_updates_in_the_order_they_came()
    {
        var page = _site.Page(Page);
        Assert.Equal("Utbetalningarna den 6 mars blir försenade", page.QuerySelector("h1")!.TextContent);
        var meta = page.QuerySelector("dl.meta")!.QuerySelectorAll("dt, dd").Select(item => item.TextContent).ToList();
        Assert.Equal(["Läge", "Löst", "Började", "4 mars 2026 kl. 16.00", "Avslutad", "19 mars 2026 kl. 11.00"], meta);
        var thread = page.QuerySelectorAll(".incident-thread li").ToList();
        Assert.Equal(["../updates/2026-03-04-lon-forsenad.html", "../updates/2026-03-09-lon-betalas-manuellt.html", "../updates/2026-03-19-lonesystemet-aterstallt.html"],
            thread.Select(item => item.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["Orsaken är känd", "Bevakas", "Löst"], thread.Select(item => item.QuerySelector(".incident-state")!.TextContent));
    }

    [Fact]
    public void Each_update_links_to_its_incident_with_the_state_it_gave()
    {
        var meta = _site.Page("updates/2026-03-09-lon-betalas-manuellt.html").QuerySelector("dl.meta")!;
        var label = meta.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Händelse");
        Assert.Equal("../incidents/utbetalningar.html", label.NextElementSibling!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Bevakas", meta.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Läge").NextElementSibling!.TextContent);
        Assert.Null(_site.Page("updates/2026-03-05-vaxeln.html").QuerySelectorAll("dl.meta dt").FirstOrDefault(dt => dt.TextContent == "Händelse"));
    }

    [Fact]
    public void Every_language_has_the_incident_page_in_its_words_with_the_untranslated_title_marked()
    {
        var page = _site.Page("en/" + Page);
        Assert.Equal("Resolved", page.QuerySelector("dl.meta .incident-state")!.TextContent);
        Assert.Equal("sv", page.QuerySelector("h1 span")!.GetAttribute("lang"));
        Assert.Equal("rtl", _site.Page("ar/" + Page).DocumentElement.GetAttribute("dir"));
        Assert.Contains("https://kris.alvby.example/info/en/" + Page, _site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Status_json_lists_the_incident_with_its_state_times_and_updates()
    {
        var incident = JsonNode.Parse(_site.Read("status.json"))!["incidents"]!.AsArray().Single()!;
        Assert.Equal("utbetalningar", incident["id"]!.GetValue<string>());
        Assert.Equal("resolved", incident["state"]!.GetValue<string>());
        Assert.Equal("2026-03-04T16:00:00+01:00", incident["began"]!.GetValue<string>());
        Assert.Equal("2026-03-19T11:00:00+01:00", incident["resolved"]!.GetValue<string>());
        Assert.Equal(3, incident["updates"]!.AsArray().Count);
        Assert.Equal("https://kris.alvby.example/info/" + Page, incident["url"]!.GetValue<string>());
    }
}
