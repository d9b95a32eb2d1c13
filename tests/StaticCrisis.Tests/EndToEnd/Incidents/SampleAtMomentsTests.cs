using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Incidents;

/// <summary>
/// The sample built at moments of its story: while a promised update is late, and before, during and after the
/// switchboard's night. Each channel says the same at each moment, and what does not change with time keeps its bytes.
/// </summary>
public class SampleAtMomentsTests
{
    private const string Switchboard = "updates/2026-03-19-vaxeln-stangs-natten-till-sondag.html";

    private static readonly HtmlParser Parser = new();

    private static TempFolder BuildAt(string now)
    {
        var output = new TempFolder();
        var result = SiteBuilder.Build(new BuildRequest
        {
            SiteDirectory = RepoPaths.SampleSite,
            OutputDirectory = output.Path,
            Now = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        return output;
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(TempFolder output, string path) => Parser.ParseDocument(File.ReadAllText(output.Combine(path)));

    [Fact]
    public void After_a_promised_update_has_passed_the_pages_feeds_and_status_json_say_it_is_late()
    {
        // 'utbetalningar' promised its next update for 9 March 12.00; it came at 15.00.
        using var output = BuildAt("2026-03-09T13:00:00+01:00");
        var update = Page(output, "updates/2026-03-04-lon-forsenad.html");
        Assert.Equal("Nästa uppdatering utlovades 9 mars 2026 kl. 12.00 men har inte kommit än. Det som står här kan ha ändrats.", update.QuerySelector(".late-notice")!.TextContent);
        Assert.NotNull(Page(output, "incidents/utbetalningar.html").QuerySelector(".late-notice"));
        // The page says since when it shows this: the moment the promise ran out.
        Assert.Equal("2026-03-09T12:00:00+01:00", update.QuerySelector("main p.as-of time")!.GetAttribute("datetime"));
        var status = JsonNode.Parse(File.ReadAllText(output.Combine("status.json")))!;
        var promised = status["updates"]!.AsArray().Single(item => item!["id"]!.GetValue<string>().EndsWith("2026-03-04-lon-forsenad.html", StringComparison.Ordinal))!;
        Assert.Equal("2026-03-09T12:00:00+01:00", promised["nextUpdate"]!.GetValue<string>());
        Assert.Equal("utbetalningar", promised["incident"]!.GetValue<string>());
        // The next moment the site changes by itself: the update dated 15.00 comes out.
        Assert.Equal("2026-03-09T15:00:00+01:00", status["nextChange"]!.GetValue<string>());

        // Before its time, the feeds and the pages give the promised time.
        using var pending = BuildAt("2026-03-05T10:00:00+01:00");
        Assert.Contains("Nästa uppdatering: 9 mars 2026 kl. 12.00", File.ReadAllText(pending.Combine("feed.atom")), StringComparison.Ordinal);
        Assert.Contains("\"nextUpdate\": \"2026-03-09T12:00:00+01:00\"", File.ReadAllText(pending.Combine("feed.json")), StringComparison.Ordinal);
        Assert.Equal("Nästa uppdatering: 9 mars 2026 kl. 12.00", Page(pending, "incidents/utbetalningar.html").QuerySelector("article.incident > p.meta")!.TextContent);

        // Once it has come, nothing is late any more.
        using var later = BuildAt("2026-03-09T16:00:00+01:00");
        Assert.Null(Page(later, "updates/2026-03-04-lon-forsenad.html").QuerySelector(".late-notice"));
        Assert.Null(JsonNode.Parse(File.ReadAllText(later.Combine("status.json")))!["updates"]!.AsArray()
            .Single(item => item!["id"]!.GetValue<string>().EndsWith("2026-03-04-lon-forsenad.html", StringComparison.Ordinal))!["nextUpdate"]);
    }

    [Theory]
    [InlineData("2026-03-21T12:00:00+01:00", "2026-03-21T22:00:00+01:00", "2026-03-20T15:00:00+01:00", null)]
    [InlineData("2026-03-21T23:30:00+01:00", "2026-03-22T04:00:00+01:00", "2026-03-21T22:00:00+01:00", null)]
    [InlineData("2026-03-22T05:00:00+01:00", "2027-01-15T10:00:00+01:00", "2026-03-22T04:00:00+01:00", "Avslutat")]
    public void Before_during_and_after_the_switchboard_night_every_channel_agrees(string now, string nextChange, string asOf, string? historyState)
    {
        using var output = BuildAt(now);
        var status = JsonNode.Parse(File.ReadAllText(output.Combine("status.json")))!;
        // After the night, the next change is the report dated next January.
        Assert.Equal(nextChange, status["nextChange"]!.GetValue<string>());
        foreach (var page in new[] { "index.html", "notice.html", "services/vaxel.html", Switchboard, "en/index.html" })
            Assert.Equal(asOf, Page(output, page).QuerySelector("main p.as-of time")!.GetAttribute("datetime"));

        // The service's history records the night once it is over, beside what set its status.
        var history = Page(output, "services/vaxel.html").QuerySelectorAll(".service-history tbody tr")
            .Where(row => row.QuerySelector("a")!.GetAttribute("href") == "../" + Switchboard).ToList();
        if (historyState is null)
            Assert.True(history.Count <= 1);
        else
            Assert.Equal($"Ur funktion (Planerat avbrott, {historyState})", Assert.Single(history).QuerySelectorAll("td")[1].TextContent);

        // The calendar has the window at every moment, confirmed, at its times.
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(output.Combine("planned.ics")))!;
        var night = Assert.Single(calendar.Events);
        Assert.Equal("CONFIRMED", night.Status);
        Assert.Equal(new DateTime(2026, 3, 21, 22, 0, 0), night.DtStart!.Value);

        // CAP said it once, when it was announced: from its start to its end.
        var message = Directory.EnumerateFiles(output.Combine("cap")).Single(path => path.Contains("_2026-03-19-vaxeln-stangs-natten-till-sondag_", StringComparison.Ordinal));
        var text = File.ReadAllText(message);
        Assert.Contains("<onset>2026-03-21T22:00:00+01:00</onset>", text, StringComparison.Ordinal);
        Assert.Contains("<expires>2026-03-22T04:00:00+01:00</expires>", text, StringComparison.Ordinal);
        Assert.Empty(CapSchema.Problems(message));
        Assert.Contains(Switchboard, File.ReadAllText(output.Combine("feed.atom")), StringComparison.Ordinal);
    }

    [Fact]
    public void What_does_not_change_with_time_keeps_its_bytes_through_the_night()
    {
        using var before = BuildAt("2026-03-21T12:00:00+01:00");
        using var after = BuildAt("2026-03-22T05:00:00+01:00");
        foreach (var path in new[] { "planned.ics", "services/vaxel.ics", "feed.atom", "feed.xml", "feed.json" })
            Assert.True(File.ReadAllBytes(before.Combine(path)).SequenceEqual(File.ReadAllBytes(after.Combine(path))), path);
        foreach (var message in Directory.EnumerateFiles(before.Combine("cap")))
            Assert.Equal(File.ReadAllBytes(message), File.ReadAllBytes(after.Combine("cap", Path.GetFileName(message))));
    }
}
