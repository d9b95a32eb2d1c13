using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Time.Testing;
using StaticCrisis.Cli;
using StaticCrisis.Cli.Commands;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// publish --watch with a clock the test moves: it publishes to a real folder mirror at once, again when a planned
/// window starts (the clock reaches status.json's nextChange), and again when a file is saved (a real file watcher);
/// a build that fails in between leaves the mirror as it was.
/// </summary>
public sealed class PublishWatchTests : IDisposable
{
    private readonly TempFolder _drive = new();

    private string Mirror => _drive.Combine("krisinfo");

    private TestSite Site() => new($$"""
        -- site.yml --
        title: "Testkommun"
        baseUrl: "https://kris.example.org/info/"
        services:
          - { id: vatten, name: "Dricksvatten" }
        accessibility:
          organisation: "Testkommun"
          compliance: full
          assessed: 2026-03-01
          method: self-assessment
          email: "tillganglighet@kris.example.org"
        mirrors:
          - { name: usb, url: "{{new Uri(Mirror + "/").AbsoluteUri}}" }
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
        """);

    /// <summary>What the watch prints, read while it runs on another thread.</summary>
    private sealed class SharedWriter : StringWriter
    {
        private readonly Lock _lock = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_lock)
                base.Write(value);
        }

        public override void Write(string? value)
        {
            lock (_lock)
                base.Write(value);
        }

        public override void WriteLine(string? value)
        {
            lock (_lock)
                base.WriteLine(value);
        }

        public override string ToString()
        {
            lock (_lock)
                return base.ToString();
        }

        public int Count(string text)
        {
            var all = ToString();
            var count = 0;
            for (var at = all.IndexOf(text, StringComparison.Ordinal); at >= 0; at = all.IndexOf(text, at + 1, StringComparison.Ordinal))
                count++;
            return count;
        }
    }

    /// <summary>Waits (on the real clock, generously) for what the watch does on its own thread.</summary>
    private static async Task Until(Func<bool> condition, SharedWriter stdout, SharedWriter stderr)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited in vain; stdout:\n{stdout}\nstderr:\n{stderr}");
            await Task.Delay(20);
        }
    }

    private string WaterOnMirror()
    {
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Mirror, "index.html")));
        return home.QuerySelector(".service-board tbody tr")!.ClassName!;
    }

    private string? NextChangeOnMirror() => JsonNode.Parse(File.ReadAllText(Path.Combine(Mirror, "status.json")))!["nextChange"]?.GetValue<string>();

    [Fact]
    public async Task Publishes_at_once_again_when_a_planned_window_starts_and_again_when_a_file_changes()
    {
        Ui.Language = UiLanguage.English;
        using var site = Site();
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-03T20:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture));
        var (stdout, stderr) = (new SharedWriter(), new SharedWriter());
        using var stop = new CancellationTokenSource();
        var request = new BuildRequest { SiteDirectory = site.Directory };
        var watch = Task.Run(() => PublishCommand.WatchAsync(request, new PublishOptions([], false, 100, false, Verbosity.Normal), stdout, stderr, clock, stop.Token));

        // At once: the mirror has the site as it is at 20.00, and the watch waits for 22.00, the window's start.
        await Until(() => stdout.Count("Watching") == 1, stdout, stderr);
        Assert.Equal("status-operational", WaterOnMirror());
        Assert.Equal("2026-03-03T22:00:00+01:00", NextChangeOnMirror());
        Assert.Contains("Watching: publishing again at ", stdout.ToString(), StringComparison.Ordinal);

        // An hour passes: nothing is due, nothing is published.
        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(200);
        Assert.Equal(1, stdout.Count("Published"));

        // 22.00: the window starts on the mirror without anyone pressing a key.
        clock.Advance(TimeSpan.FromHours(1));
        await Until(() => stdout.Count("Watching") == 2, stdout, stderr);
        Assert.Contains("the site changes by itself now: publishing.", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal("status-down", WaterOnMirror());
        Assert.Equal("2026-03-04T04:00:00+01:00", NextChangeOnMirror());

        // A writer saves a broken update: the build fails, the mirror keeps the good site, the watch goes on.
        site.Write("content/updates/2026-03-03-trasig.md", "---\ntitle: \"Trasig\"\ndate: inte ett datum\n---\nText.\n");
        await Until(() => stdout.Count("Watching") == 3, stdout, stderr);
        Assert.Contains("content/updates/2026-03-03-trasig.md(3,7): error", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("status-down", WaterOnMirror());

        // The fix is saved: published again, with the new update.
        site.Write("content/updates/2026-03-03-trasig.md", "---\ntitle: \"Vi arbetar i natt\"\ndate: 2026-03-03T21:30\n---\nText.\n");
        await Until(() => stdout.Count("Watching") == 4, stdout, stderr);
        Assert.Contains("files changed: publishing.", stdout.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Mirror, "updates", "2026-03-03-trasig.html")));

        // 04.00: the window is over on the mirror, and nothing more is ahead.
        clock.Advance(TimeSpan.FromHours(6));
        await Until(() => stdout.Count("Watching") == 5, stdout, stderr);
        Assert.Equal("status-operational", WaterOnMirror());
        Assert.Null(NextChangeOnMirror());
        Assert.Contains("Watching: publishing again when a file changes", stdout.ToString(), StringComparison.Ordinal);

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Success, await watch);
        Assert.EndsWith("Stopped." + Environment.NewLine, stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_refuses_to_run_with_a_frozen_clock_or_without_building()
    {
        using var site = Site();
        var dryRun = CliRun.Run("publish", site.Directory, "--watch", "--dry-run");
        Assert.Equal(ExitCodes.Usage, dryRun.ExitCode);
        Assert.Contains("--watch builds and publishes each time", dryRun.Stderr, StringComparison.Ordinal);
        var noBuild = CliRun.Run("publish", site.Directory, "--watch", "--no-build");
        Assert.Equal(ExitCodes.Usage, noBuild.ExitCode);
        // SOURCE_DATE_EPOCH is process-wide: a process of its own.
        var frozen = CliProcess.Run(new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8", ["SOURCE_DATE_EPOCH"] = "1772438400" }, "publish", site.Directory, "--watch");
        Assert.Equal(ExitCodes.Usage, frozen.ExitCode);
        Assert.Contains("--watch publishes by the clock; unset SOURCE_DATE_EPOCH", frozen.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Mirror));
    }

    [Fact]
    public async Task Ctrl_C_stops_a_real_watching_process_cleanly_after_it_published()
    {
        if (OperatingSystem.IsWindows())
            return; // no SIGINT to send from a test there
        using var site = Site();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["LANG"] = "en_US.UTF-8";
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "staticcrisis.dll"), "publish", site.Directory, "--watch" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var (stdout, stderr) = (new SharedWriter(), new SharedWriter());
        process.OutputDataReceived += (_, e) => stdout.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => stderr.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Until(() => stdout.Count("Watching") == 1, stdout, stderr);
            Assert.True(File.Exists(Path.Combine(Mirror, "index.html")));
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stopped.", stdout.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _drive.Dispose();
}
