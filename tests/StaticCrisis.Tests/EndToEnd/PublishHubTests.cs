using System.Net;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>After publishing changed feeds, publish tells the site's WebSub hub; a hub that refuses is a warning, not a failure.</summary>
public sealed class PublishHubTests : IDisposable
{
    private readonly TempFolder _drive = new();

    private TestSite SiteWith(string hub) => new($"""
        -- site.yml --
        {TestSite.MinimalConfig}
        hub: "{hub}"
        mirrors:
          - {"{"} name: usb, url: "{new Uri(_drive.Combine("krisinfo") + "/").AbsoluteUri}" {"}"}
        -- content/updates/2026-03-02-start.md --
        ---
        title: "Start"
        date: 2026-03-02T08:00:00+01:00
        services: {"{"} epost: down {"}"}
        ---
        Text.
        -- content/updates/bilder/karta.txt --
        KARTA-1
        """);

    [Fact]
    public void The_hub_hears_of_each_changed_feed_once_and_of_nothing_when_no_feed_changed()
    {
        using var hub = new RecordingHub();
        using var site = SiteWith(hub.Url);

        var first = CliRun.Run("publish", site.Directory);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(
        [
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/feed.atom",
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/feed.json",
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/feed.xml",
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/services/epost.atom",
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/services/epost.json",
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/services/epost.xml",
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/services/lon.atom",
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/services/lon.json",
            "POST application/x-www-form-urlencoded hub.mode=publish&hub.url=https://kris.example.org/info/services/lon.xml",
        ], hub.Bodies);
        Assert.Contains($"Told the WebSub hub {hub.Url} about 9 changed feeds.", first.Stdout, StringComparison.Ordinal);

        site.Write("content/updates/bilder/karta.txt", "KARTA-2\n"); // a change no feed shows
        var second = CliRun.Run("publish", site.Directory);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(9, hub.Bodies.Count);
        Assert.DoesNotContain("WebSub", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hub_that_refuses_is_a_warning_and_the_publish_still_succeeds()
    {
        using var hub = new RecordingHub(HttpStatusCode.InternalServerError);
        using var site = SiteWith(hub.Url);

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"staticcrisis: warning SC3011: the WebSub hub {hub.Url} did not take the news of https://kris.example.org/info/feed.xml: HTTP 500 Internal Server Error; subscribers will see it at their next poll", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Published to 1 mirror.", run.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _drive.Dispose();
}
