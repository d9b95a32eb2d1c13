using System.Text.Json.Nodes;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Incidents;

/// <summary>The sample's switchboard move, the night to Sunday 22 March: the sample built before, during and after it.</summary>
public class SamplePlannedDisruptionTests
{
    private const string Update = "updates/2026-03-19-vaxeln-stangs-natten-till-sondag.html";

    [Theory]
    [InlineData("2026-03-21T12:00:00+01:00", "operational", "Planerat", "scheduled", "en/", "Scheduled")]
    [InlineData("2026-03-21T23:30:00+01:00", "down", "Pågår", "inProgress", "ar/", "جارٍ")]
    [InlineData("2026-03-22T05:00:00+01:00", "operational", null, null, "fi/", null)]
    public void The_board_the_home_page_and_status_json_follow_the_window(string now, string status, string? state, string? stateName, string language, string? stateInLanguage)
    {
        using var output = new TempFolder();
        var result = SiteBuilder.Build(new BuildRequest
        {
            SiteDirectory = RepoPaths.SampleSite,
            OutputDirectory = output.Path,
            Now = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var home = parser.ParseDocument(File.ReadAllText(output.Combine("index.html")));
        var row = home.QuerySelectorAll(".service-board tbody tr").Single(tr => tr.QuerySelector("a.service-link")!.GetAttribute("href") == "services/vaxel.html");
        Assert.Equal("status-" + status, row.ClassName);
        Assert.Equal(state is "Planerat", row.QuerySelector(".planned-note") is not null);
        Assert.Equal(state, home.QuerySelector("section.planned .planned-state")?.TextContent);
        var json = JsonNode.Parse(File.ReadAllText(output.Combine("status.json")))!;
        Assert.Equal(status, json["services"]!.AsArray().Single(service => service!["id"]!.GetValue<string>() == "vaxel")!["status"]!.GetValue<string>());
        Assert.Equal(stateName, json["planned"]!.AsArray().SingleOrDefault()?["state"]!.GetValue<string>());
        Assert.Equal(stateInLanguage, parser.ParseDocument(File.ReadAllText(output.Combine(language + "index.html"))).QuerySelector("section.planned .planned-state")?.TextContent);
        Assert.Contains(Update, File.ReadAllText(output.Combine("feed.xml")), StringComparison.Ordinal);
    }
}
