using System.Text.Json.Nodes;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Incidents;

/// <summary>
/// A planned disruption built before, during and after its window, and called off: the board shows the service as it
/// is, then as planned, then as before; the home page, the notice and status.json follow. Built at chosen moments.
/// </summary>
public class PlannedDisruptionTests
{
    private const string Site = """
        -- site.yml --
        title: "Testkommun"
        baseUrl: "https://kris.example.org/info/"
        contact:
          - { label: "Växeln", phone: "0999-123 00" }
        services:
          - { id: vatten, name: "Dricksvatten" }
        accessibility:
          organisation: "Testkommun"
          compliance: full
          assessed: 2026-03-01
          method: self-assessment
          email: "tillganglighet@kris.example.org"
        -- content/updates/2026-03-01-vattnet-fungerar.md --
        ---
        title: "Vattnet fungerar"
        date: 2026-03-01T08:00
        services: { vatten: operational }
        ---
        Text.
        -- content/updates/2026-03-01-avstangning.md --
        ---
        title: "Vattnet stängs av natten till onsdag"
        date: 2026-03-01T10:00
        planned: { start: 2026-03-03T22:00, end: 2026-03-04T04:00 }
        services: { vatten: down }
        ---
        Vi byter en ventil.
        """;

    private static BuildResult BuildAt(TestSite site, string time)
    {
        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture), Strict = true });
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        return result;
    }

    private static JsonNode Status(TestSite site) => JsonNode.Parse(site.ReadOutput("status.json"))!;

    [Fact]
    public void Before_the_window_the_service_is_as_it_is_with_the_window_shown_as_coming()
    {
        using var site = new TestSite(Site);
        BuildAt(site, "2026-03-02T12:00:00+01:00");
        var home = site.Page("index.html");
        var row = home.QuerySelector(".service-board tbody tr")!;
        Assert.Equal("status-operational", row.ClassName);
        Assert.Equal("Planerat avbrott: Ur funktion, från 3 mars 2026 kl. 22.00 till 4 mars 2026 kl. 04.00", row.QuerySelector(".planned-note")!.TextContent);
        var planned = home.QuerySelector("section.planned li")!;
        Assert.Equal("Vattnet stängs av natten till onsdag: Planerat från 3 mars 2026 kl. 22.00 till 4 mars 2026 kl. 04.00", planned.TextContent);
        Assert.Equal("Planerat", site.Page("notice.html").QuerySelector("section.planned .planned-state")!.TextContent);
        var status = Status(site);
        Assert.Equal("operational", status["services"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("scheduled", status["planned"]![0]!["state"]!.GetValue<string>());
        Assert.Equal("2026-03-03T22:00:00+01:00", status["nextChange"]!.GetValue<string>());
        Assert.Contains("Planerat avbrott", site.Page("updates/2026-03-01-avstangning.html").QuerySelector("dl.meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void During_the_window_the_service_has_the_planned_status_from_its_start()
    {
        using var site = new TestSite(Site);
        BuildAt(site, "2026-03-03T23:00:00+01:00");
        var row = site.Page("index.html").QuerySelector(".service-board tbody tr")!;
        Assert.Equal("status-down", row.ClassName);
        Assert.Null(row.QuerySelector(".planned-note"));
        Assert.Equal("Pågår", site.Page("index.html").QuerySelector("section.planned .planned-state")!.TextContent);
        var status = Status(site);
        Assert.Equal("down", status["services"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("2026-03-03T22:00:00+01:00", status["services"]![0]!["since"]!.GetValue<string>());
        Assert.Equal("inProgress", status["planned"]![0]!["state"]!.GetValue<string>());
        Assert.Equal("2026-03-04T04:00:00+01:00", status["nextChange"]!.GetValue<string>());
    }

    [Fact]
    public void After_the_window_the_service_is_as_before_and_the_window_leaves_the_home_page()
    {
        using var site = new TestSite(Site);
        BuildAt(site, "2026-03-04T05:00:00+01:00");
        var home = site.Page("index.html");
        Assert.Equal("status-operational", home.QuerySelector(".service-board tbody tr")!.ClassName);
        Assert.Null(home.QuerySelector("section.planned"));
        var status = Status(site);
        Assert.Empty(status["planned"]!.AsArray());
        Assert.Null(status["nextChange"]);
        Assert.Equal("Avslutat", site.Page("updates/2026-03-01-avstangning.html").QuerySelector("dl.meta .planned-state")!.TextContent);
    }

    [Fact]
    public void A_cancelled_window_never_changes_the_board_and_says_it_is_cancelled()
    {
        using var site = new TestSite(Site.Replace("end: 2026-03-04T04:00 }", "end: 2026-03-04T04:00, state: cancelled }", StringComparison.Ordinal));
        BuildAt(site, "2026-03-03T23:00:00+01:00");
        var home = site.Page("index.html");
        Assert.Equal("status-operational", home.QuerySelector(".service-board tbody tr")!.ClassName);
        Assert.Equal("Inställt", home.QuerySelector("section.planned .planned-state")!.TextContent);
        Assert.Equal("cancelled", Status(site)["planned"]![0]!["state"]!.GetValue<string>());
        Assert.Null(Status(site)["nextChange"]);
    }
    [Fact]
    public void The_calendar_has_each_window_with_a_stable_uid_a_sequence_that_grows_and_cancellation()
    {
        using var site = new TestSite(Site);
        BuildAt(site, "2026-03-02T12:00:00+01:00");
        Assert.Equal("planned.ics", site.Page("index.html").QuerySelector("section.planned a[type='text/calendar']")!.GetAttribute("href"));
        Assert.Equal("vatten.ics", site.Page("services/vatten.html").QuerySelector("a[type='text/calendar']")!.GetAttribute("href"));
        var text = site.ReadOutput("planned.ics");
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal); // RFC 5545: CRLF only
        var calendar = Ical.Net.Calendar.Load(text)!;
        var window = Assert.Single(calendar.Events);
        Assert.Equal("2026-03-01-avstangning@kris.example.org", window.Uid);
        Assert.Equal("Europe/Stockholm", window.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 3, 3, 22, 0, 0), window.DtStart.Value);
        Assert.Equal(new DateTime(2026, 3, 4, 4, 0, 0), window.DtEnd!.Value);
        Assert.Equal("CONFIRMED", window.Status);
        Assert.Equal(0, window.Sequence);
        Assert.Equal("https://kris.example.org/info/updates/2026-03-01-avstangning.html", window.Url!.AbsoluteUri);
        Assert.Single(calendar.TimeZones, zone => zone.TzId == "Europe/Stockholm");
        Assert.Equal(text, site.ReadOutput("services/vatten.ics").Replace("X-WR-CALNAME:Planerade avbrott – Dricksvatten – Testkommun", "X-WR-CALNAME:Planerade avbrott – Testkommun", StringComparison.Ordinal));
        Assert.Equal(["2026-03-01-avstangning@kris.example.org CONFIRMED 2026-03-03T22:00:00+01:00 Europe/Stockholm"], IndependentlyParsed(Path.Combine(site.Output, "planned.ics")));

        // A correction raises SEQUENCE under the same UID; calling it off keeps it, cancelled.
        site.Write("content/updates/2026-03-01-avstangning.md", File.ReadAllText(Path.Combine(site.Directory, "content/updates/2026-03-01-avstangning.md"))
            .Replace("date: 2026-03-01T10:00", "date: 2026-03-01T10:00\nupdated: 2026-03-02T09:00", StringComparison.Ordinal)
            .Replace("end: 2026-03-04T04:00 }", "end: 2026-03-04T04:00, state: cancelled }", StringComparison.Ordinal));
        BuildAt(site, "2026-03-02T12:00:00+01:00");
        var cancelled = Assert.Single(Ical.Net.Calendar.Load(site.ReadOutput("planned.ics"))!.Events);
        Assert.Equal("2026-03-01-avstangning@kris.example.org", cancelled.Uid);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.True(cancelled.Sequence > 0);
        Assert.Equal(["2026-03-01-avstangning@kris.example.org CANCELLED 2026-03-03T22:00:00+01:00 Europe/Stockholm"], IndependentlyParsed(Path.Combine(site.Output, "planned.ics")));
    }

    /// <summary>The calendar as Python's icalendar (Debian's python3-icalendar) reads it: an independent parser.</summary>
    private static string[] IndependentlyParsed(string path)
    {
        const string Script = "import sys, icalendar\n"
            + "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
            + "for e in cal.walk('VEVENT'):\n"
            + "    start = e.decoded('DTSTART')\n"
            + "    print(str(e['UID']), str(e['STATUS']), start.isoformat(), e['DTSTART'].params['TZID'])\n";
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(path);
        using var python = System.Diagnostics.Process.Start(start)!;
        var output = python.StandardOutput.ReadToEndAsync();
        var errors = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, "python3-icalendar could not read the calendar (tests/run installs it): " + errors);
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
