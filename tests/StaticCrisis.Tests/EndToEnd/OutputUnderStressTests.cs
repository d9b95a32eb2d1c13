using StaticCrisis.Core.Build.Output;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// The output folder in the situations of a real host: a symbolic link to the served folder, a disk that fills up, a
/// read-only mount, and two builds (or a build beside a publish) at once. Never "built" with stale content served.
/// </summary>
public class OutputUnderStressTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public void An_output_folder_that_is_a_link_keeps_the_link_and_its_target_gets_the_new_site()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        using var www = new TempFolder();
        var served = www.Combine("site");
        Directory.CreateDirectory(served);
        Directory.CreateSymbolicLink(site.Output, served); // public -> /srv/www/site

        Assert.True(site.Build().Succeeded);
        site.Write("content/updates/2026-03-03-nytt.md", "---\ntitle: \"Nytt läge\"\ndate: 2026-03-03T08:00:00+01:00\n---\nNytt.\n");
        var second = site.Build();

        Assert.True(second.Succeeded, string.Join("\n", TestSite.Lines(second)));
        Assert.NotNull(new DirectoryInfo(site.Output).LinkTarget);
        Assert.True(File.Exists(Path.Combine(served, "updates", "2026-03-03-nytt.html")), "the link's target did not get the new site");
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(www.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_full_disk_is_a_clear_error_and_the_published_site_stays()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        using var mount = SmallDiskIn(site, kilobytes: 400, out var disk, out var output);
        Assert.True(StaticCrisis.Core.Build.SiteBuilder.Build(Request(site, output)).Succeeded);
        var before = FolderSnapshot.Take(output);
        // A big image: the second copy of the site no longer fits beside the first.
        site.WriteBytes("content/stor.bin", new byte[300 * 1024]);

        var result = StaticCrisis.Core.Build.SiteBuilder.Build(Request(site, output));

        Assert.False(result.Succeeded);
        Assert.Contains(TestSite.Lines(result), line => line.StartsWith($"staticcrisis: error SC3008: could not write the site to '{output}': No space left on device", StringComparison.Ordinal));
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(output)), "the published site changed");
        Assert.Equal(["public"], Directory.EnumerateFileSystemEntries(disk).Select(Path.GetFileName)); // no staging folder left
    }

    [Fact]
    public void A_read_only_output_is_a_clear_error_through_the_command()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        using var mount = SmallDiskIn(site, kilobytes: 2048, out var disk, out var output);
        Assert.Equal(0, CliRun.Run("build", site.Directory, "--output", output).ExitCode);
        var before = FolderSnapshot.Take(output);
        SpecialFiles.RemountReadOnly(disk);

        var run = CliRun.Run("build", site.Directory, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error SC3008: could not write the site to '{output}': Read-only file system", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(output)));
    }

    [Fact]
    public void A_build_waits_while_another_process_holds_the_output_then_writes_it()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        var held = OutputLock.Acquire(site.Output, TimeSpan.Zero);
        using var build = CliProcess.Start(new Dictionary<string, string>(), "build", site.Directory);
        Thread.Sleep(1500);
        Assert.False(build.HasExited, "the build did not wait for the lock: " + (build.HasExited ? build.StandardError.ReadToEnd() : ""));
        Assert.False(Directory.Exists(site.Output));

        held.Dispose();
        var run = CliProcess.Finish(build, Patience);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task Two_builds_at_once_both_succeed_and_leave_one_complete_site()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        for (var i = 0; i < 40; i++)
            site.Write($"content/updates/2026-03-{i % 28 + 1:00}-u{i}.md", $"---\ntitle: \"Uppdatering {i}\"\ndate: 2026-03-{i % 28 + 1:00}T08:00:00+01:00\n---\nText {i}.\n");

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => CliProcess.Run(new Dictionary<string, string>(), "build", site.Directory))));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Stderr));
        // Every file the manifest lists is there with its hash, and nothing else: one whole site, not a mix.
        var manifest = StaticCrisis.Core.Integrity.Sha256Sums.Parse(File.ReadAllText(Path.Combine(site.Output, "SHA256SUMS")))!;
        var snapshot = FolderSnapshot.Take(site.Output);
        Assert.All(manifest, entry => Assert.Equal(entry.Value, snapshot.GetValueOrDefault(entry.Key), ignoreCase: true));
        Assert.Equal(manifest.Count + 2, snapshot.Count); // and SHA256SUMS and the .staticcrisis marker
        Assert.Equal(["content", Path.GetFileName(site.Output), "site.yml"], Directory.EnumerateFileSystemEntries(site.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_build_beside_a_publish_never_mixes_two_sites_on_the_mirror()
    {
        using var drive = new TempFolder();
        var mirror = drive.Combine("krisinfo");
        using var site = PublishingSite.WithMirrors($"  - {{ name: usb, url: \"{new Uri(mirror + "/").AbsoluteUri}\" }}");
        for (var i = 0; i < 150; i++)
            site.Write($"content/updates/2026-03-{i % 28 + 1:00}-u{i}.md", $"---\ntitle: \"Uppdatering {i}\"\ndate: 2026-03-{i % 28 + 1:00}T08:00:00+01:00\n---\nText {i}.\n");
        Assert.Equal(0, CliRun.Run("build", site.Directory).ExitCode);
        site.Write("content/updates/2026-03-28-nytt.md", "---\ntitle: \"Nytt\"\ndate: 2026-03-28T09:00:00+01:00\n---\nNytt.\n");

        using var publish = CliProcess.Start(new Dictionary<string, string>(), "publish", site.Directory, "--no-build");
        var build = Task.Run(() => CliProcess.Run(new Dictionary<string, string>(), "build", site.Directory));
        var published = CliProcess.Finish(publish, Patience);
        var built = await build.WaitAsync(Patience);

        Assert.True(published.ExitCode == 0, published.Stdout + published.Stderr);
        Assert.True(built.ExitCode == 0, built.Stderr);
        // The mirror holds one whole site: every file its manifest lists, with that hash.
        var manifest = StaticCrisis.Core.Integrity.Sha256Sums.Parse(File.ReadAllText(Path.Combine(mirror, "SHA256SUMS")))!;
        var held = FolderSnapshot.Take(mirror);
        Assert.All(manifest, entry => Assert.Equal(entry.Value, held.GetValueOrDefault(entry.Key), ignoreCase: true));
    }

    [Fact]
    public void A_build_that_cannot_get_the_output_in_time_says_who_has_it()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        using var held = OutputLock.Acquire(site.Output, TimeSpan.Zero);

        var result = StaticCrisis.Core.Build.SiteBuilder.Build(Request(site, site.Output) with { OutputLockWait = TimeSpan.FromMilliseconds(300) });

        Assert.False(result.Succeeded);
        Assert.Contains(TestSite.Lines(result), line => line.StartsWith($"staticcrisis: error SC3007: '{site.Output}' is being written or published by another staticcrisis", StringComparison.Ordinal));
    }

    /// <summary>A small disk mounted in the site folder, with the output folder on it.</summary>
    private static IDisposable SmallDiskIn(TestSite site, int kilobytes, out string disk, out string output)
    {
        disk = Path.Combine(site.Directory, "disk");
        output = Path.Combine(disk, "public");
        return SpecialFiles.SmallDisk(disk, kilobytes);
    }

    private static StaticCrisis.Core.Build.BuildRequest Request(TestSite site, string output) =>
        new() { SiteDirectory = site.Directory, OutputDirectory = output, Now = TestSite.Now };
}
