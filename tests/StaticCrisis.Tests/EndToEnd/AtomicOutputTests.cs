using System.Diagnostics;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>A failed, refused or killed build never damages the site already published.</summary>
public class AtomicOutputTests
{
    private static string Update(int i, string title = "Uppdatering") => $"""
        ---
        title: "{title} {i}"
        date: 2026-03-{1 + i % 28:D2}T{i % 24:D2}:00:00+01:00
        services: {(i % 2 == 0 ? "{ epost: down }" : "{ lon: manual }")}
        ---
        Text för uppdatering {i} med [en länk](https://example.org/{i}).

        - punkt ett
        - punkt två
        """;

    private static TestSite SiteWith(int updates)
    {
        var site = new TestSite($"-- site.yml --\n{TestSite.MinimalConfig}\n");
        for (var i = 0; i < updates; i++)
            site.Write($"content/updates/u{i:D5}.md", Update(i));
        return site;
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte()
    {
        using var site = SiteWith(5);
        Assert.True(site.Build().Succeeded);
        var before = FolderSnapshot.Take(site.Output);

        site.Write("content/updates/u00001.md", "---\ntitle: Trasig\ndate: aldrig\n---\n");
        site.Write("content/updates/ny.md", "---\ntitle: Ny\ndate: 2026-03-20\n---\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(site.Output)));
        Assert.Equal(["public"], Directory.EnumerateFileSystemEntries(site.Directory).Select(Path.GetFileName).Where(n => n!.Contains("public", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_output_and_leaves_nothing_beside_it()
    {
        using var site = SiteWith(3);
        Assert.True(site.Build().Succeeded);
        File.Delete(Path.Combine(site.Directory, "content/updates/u00002.md"));
        Assert.True(site.Build().Succeeded);

        Assert.False(site.OutputExists("updates/u00002.html")); // removed updates disappear
        Assert.True(site.OutputExists("updates/u00001.html"));
        Assert.Equal(["content", "public", "site.yml"], Directory.EnumerateFileSystemEntries(site.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_identical()
    {
        using var site = SiteWith(12);
        Assert.True(site.Build().Succeeded);
        var first = FolderSnapshot.Take(site.Output);
        Assert.True(site.Build().Succeeded);
        Assert.True(FolderSnapshot.Equal(first, FolderSnapshot.Take(site.Output)));
    }

    [Fact]
    public void The_sample_site_builds_identically_twice()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var now = SampleSiteBuild.Now;
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = RepoPaths.SampleSite, OutputDirectory = a.Combine("out"), Now = now }).Succeeded);
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = RepoPaths.SampleSite, OutputDirectory = b.Combine("out"), Now = now.AddDays(3) }).Succeeded);
        Assert.True(FolderSnapshot.Equal(FolderSnapshot.Take(a.Combine("out")), FolderSnapshot.Take(b.Combine("out"))));
    }

    [Fact]
    public void Leftovers_of_an_interrupted_build_are_cleaned_up()
    {
        using var site = SiteWith(1);
        var leftover = Path.Combine(site.Directory, ".public.staging-0123456789abcdef");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "index.html"), "half");

        Assert.True(site.Build().Succeeded);
        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void A_retired_output_is_restored_when_the_output_is_missing()
    {
        // What a kill between the two moves of the non-atomic fallback leaves behind.
        using var site = SiteWith(1);
        var retired = Path.Combine(site.Directory, ".public.old-0123456789abcdef");
        Directory.CreateDirectory(retired);
        File.WriteAllText(Path.Combine(retired, "index.html"), "old site");
        File.WriteAllText(Path.Combine(retired, ".staticcrisis"), "");
        site.Write("content/updates/u00000.md", "---\ntitle: Trasig\n---\n");

        Assert.False(site.Build().Succeeded); // a failed build does not touch the output...
        Assert.True(site.Build() is { Succeeded: false });
        site.Write("content/updates/u00000.md", Update(0));
        Assert.True(site.Build().Succeeded); // ...a successful one restores, then replaces it
        Assert.False(Directory.Exists(retired));
        Assert.True(site.OutputExists("updates/u00000.html"));
    }

    [Theory]
    [InlineData(".", "it is the site folder itself")]
    [InlineData("..", "it contains the site folder")]
    [InlineData("content/..", "it is the site folder itself")]
    [InlineData("mine", "it is not empty and was not written by staticcrisis")]
    [InlineData("other", "it contains a content/ folder")]
    [InlineData("content/public", "it is inside content/")]
    public void Refuses_output_folders_that_hold_anything_else(string output, string reason)
    {
        using var site = SiteWith(1);
        site.Write("mine/letter.txt", "do not delete");
        site.Write("other/content/x.md", "do not delete");
        var before = FolderSnapshot.Take(site.Directory);

        var run = CliRun.Run("build", site.Directory, "--output", Path.Combine(site.Directory, output));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC3001: refusing to write the site to", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(site.Directory)));
    }

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_previous_or_the_new_output_never_a_mix()
    {
        using var site = SiteWith(1500);
        Assert.True(site.Build().Succeeded);
        var old = FolderSnapshot.Take(site.Output);
        for (var i = 0; i < 1500; i += 7)
            site.Write($"content/updates/u{i:D5}.md", Update(i, "Ändrad"));

        // Kill real runs at moments along the way, recognised by what they have done, not by timing (which varies
        // with the machine): at once, while loading and rendering, as staging begins, and twice while writing.
        var moments = new (string Name, Func<Stopwatch, string?, bool> Reached)[]
        {
            ("at start", (_, _) => true),
            ("loading", (clock, _) => clock.ElapsedMilliseconds >= 150),
            ("staging created", (_, staging) => staging is not null),
            ("300 files written", (_, staging) => StagedUpdates(staging) >= 300),
            ("900 files written", (_, staging) => StagedUpdates(staging) >= 900),
        };
        var killedMidway = 0;
        foreach (var (name, reached) in moments)
        {
            using var process = StartBuild(site.Directory);
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                var staging = Directory.EnumerateDirectories(site.Directory, ".public.staging-*").FirstOrDefault();
                if (reached(clock, staging))
                {
                    process.Kill(entireProcessTree: true);
                    killedMidway++;
                    break;
                }
                Thread.Sleep(1);
            }
            process.WaitForExit();
            var now = FolderSnapshot.Take(site.Output);
            if (!FolderSnapshot.Equal(old, now))
            {
                // The swap happened: then the new site must be complete.
                Assert.Equal(1501, now.Count(pair => pair.Key.StartsWith("updates/", StringComparison.Ordinal)) + now.Count(pair => pair.Key == "index.html"));
                Assert.Contains("Ändrad", File.ReadAllText(Path.Combine(site.Output, "updates/u00000.html")), StringComparison.Ordinal);
                old = now;
            }
        }
        Assert.True(killedMidway >= 3, $"only {killedMidway} runs were killed before they finished");
    }

    private static int StagedUpdates(string? staging)
    {
        var updates = staging is null ? null : Path.Combine(staging, "updates");
        try
        {
            return updates is not null && Directory.Exists(updates) ? Directory.EnumerateFiles(updates).Count() : 0;
        }
        catch (DirectoryNotFoundException)
        {
            return 0; // swapped or cleaned up while we looked
        }
    }

    [Fact]
    public void A_build_killed_while_it_writes_files_leaves_the_previous_output_byte_for_byte()
    {
        using var site = SiteWith(1500);
        Assert.True(site.Build().Succeeded);

        // On a loaded machine the build can finish its swap between seeing a half-written staging folder and the kill,
        // so the build is first frozen (SIGSTOP), then checked, then killed; a run frozen too late is tried again.
        var caughtMidWrite = false;
        for (var attempt = 0; attempt < 5 && !caughtMidWrite; attempt++)
        {
            var old = FolderSnapshot.Take(site.Output);
            site.Write("content/updates/u00000.md", Update(0, $"Ändrad {attempt}"));
            using var process = StartBuild(site.Directory);
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                // Freeze as soon as the staging folder holds some, but not all, of the new files.
                var staging = Directory.EnumerateDirectories(site.Directory, ".public.staging-*").FirstOrDefault();
                if (staging is not null && Directory.Exists(Path.Combine(staging, "updates")) && Directory.EnumerateFiles(Path.Combine(staging, "updates")).Skip(20).Any())
                {
                    Freeze(process);
                    caughtMidWrite = !Directory.EnumerateFiles(Path.Combine(staging, "updates")).Skip(1499).Any() && Directory.Exists(staging);
                    process.Kill(entireProcessTree: true);
                    break;
                }
                Thread.Sleep(1);
            }
            process.WaitForExit();
            if (caughtMidWrite)
                Assert.True(FolderSnapshot.Equal(old, FolderSnapshot.Take(site.Output)));
        }

        Assert.True(caughtMidWrite, "the build finished before it could be killed mid-write, five times");
        var next = site.Build(); // the next build cleans up and succeeds
        Assert.True(next.Succeeded, string.Join("\n", TestSite.Lines(next)));
        Assert.Empty(Directory.EnumerateDirectories(site.Directory, ".public.*"));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static void Freeze(Process process)
    {
        const int SigStop = 19;
        Assert.Equal(0, SendSignal(process.Id, SigStop));
    }

    private static Process StartBuild(string siteDirectory, params string[] options)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "staticcrisis.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[cli, "build", siteDirectory, .. options])
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }
}
