using StaticCrisis.Tests.Support;

using static StaticCrisis.Tests.Support.PublishingSite;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>staticcrisis publish through the command line, to folder mirrors (file://), read back over real HTTP on loopback.</summary>
public sealed class PublishCommandTests : IDisposable
{
    private readonly TempFolder _drives = new();

    private static string MirrorUrl(string folder) => new Uri(folder + "/").AbsoluteUri;

    /// <summary>Where mirror <paramref name="name"/> keeps its files: a folder on a "drive" that is mounted.</summary>
    private string Mirror(string name) => _drives.Combine(name, "krisinfo");

    private TestSite SiteWith(string mirrors, string? extraFiles = null)
    {
        foreach (var drive in Directory.EnumerateDirectories(_drives.Path))
            Directory.CreateDirectory(drive);
        return new TestSite($"""
            -- site.yml --
            {TestSite.MinimalConfig}
            mirrors:
            {mirrors}
            -- content/updates/2026-03-02-start.md --
            ---
            title: "Start"
            date: 2026-03-02T08:00:00+01:00
            ---
            Vattnet är avstängt i Norrby. ![Karta](bilder/karta.txt)
            -- content/updates/2026-03-03-vatten.md --
            ---
            title: "Vattnet är tillbaka"
            date: 2026-03-03T08:00:00+01:00
            ---
            Vattnet fungerar igen.
            -- content/updates/bilder/karta.txt --
            KARTA-VERSION-1
            {extraFiles}
            """);
    }

    /// <summary>A mirror line for site.yml, on a drive that exists.</summary>
    private string MirrorLine(string name, string? publicUrl = null)
    {
        Directory.CreateDirectory(_drives.Combine(name));
        var line = $"  - {{ name: {name}, url: \"{MirrorUrl(Mirror(name))}\"";
        return line + (publicUrl is null ? " }" : $", publicUrl: \"{publicUrl}\" }}");
    }

    /// <summary>What a mirror should hold: the built site, without the output folder's own marker.</summary>
    [Fact]
    public void The_first_publish_copies_the_site_to_every_mirror_and_a_second_uploads_nothing()
    {
        using var site = SiteWith(MirrorLine("usb") + "\n" + MirrorLine("share"));

        var first = CliRun.Run("publish", site.Directory);

        AssertSucceeded(first);
        Assert.Contains("no SHA256SUMS on the mirror (first publish?): uploading every file, deleting nothing", first.Stdout, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(Mirror("usb"))));
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(Mirror("share"))));
        Assert.Matches(@"usb\s+ok\s+\d+\s+0\s+0\s+0\s", first.Stdout);
        Assert.Contains("Published to 2 mirrors.", first.Stdout, StringComparison.Ordinal);

        var before = FolderSnapshot.Take(Mirror("usb"));
        var times = Directory.EnumerateFiles(Mirror("usb"), "*", SearchOption.AllDirectories).ToDictionary(path => path, File.GetLastWriteTimeUtc);
        var second = CliRun.Run("publish", site.Directory);

        AssertSucceeded(second);
        Assert.Contains("usb (", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("up to date", second.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"usb\s+ok\s+0\s+0\s+0\s+\d+\s+0 B\s", second.Stdout);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(Mirror("usb"))));
        Assert.All(times, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key))); // not even rewritten
    }

    [Fact]
    public void A_same_size_edit_uploads_exactly_that_file_and_the_manifest()
    {
        using var site = SiteWith(MirrorLine("usb"));
        AssertSucceeded(CliRun.Run("publish", site.Directory));

        site.Write("content/updates/bilder/karta.txt", "KARTA-VERSION-2\n"); // same size, same time of day
        var run = CliRun.Run("publish", site.Directory);

        AssertSucceeded(run);
        Assert.Contains("0 new, 2 replaced, 0 to delete", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    replace  updates/bilder/karta.txt\n    replace  SHA256SUMS\n", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("KARTA-VERSION-2\n", File.ReadAllText(Path.Combine(Mirror("usb"), "updates/bilder/karta.txt")));
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(Mirror("usb"))));
    }

    [Fact]
    public void An_update_removed_from_the_site_is_deleted_from_the_mirror()
    {
        using var site = SiteWith(MirrorLine("usb"));
        AssertSucceeded(CliRun.Run("publish", site.Directory));
        Assert.True(File.Exists(Path.Combine(Mirror("usb"), "updates/2026-03-03-vatten.html")));

        File.Delete(Path.Combine(site.Directory, "content/updates/2026-03-03-vatten.md"));
        var run = CliRun.Run("publish", site.Directory);

        AssertSucceeded(run);
        Assert.Contains("    delete   updates/2026-03-03-vatten.html", run.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Mirror("usb"), "updates/2026-03-03-vatten.html")));
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(Mirror("usb"))));
    }

    [Fact]
    public void Too_many_deletions_on_one_mirror_refuse_every_mirror_before_anything_is_touched()
    {
        using var site = SiteWith(MirrorLine("usb") + "\n" + MirrorLine("share"));
        AssertSucceeded(CliRun.Run("publish", site.Directory, "--mirror", "usb"));
        var usb = FolderSnapshot.Take(Mirror("usb"));

        File.Delete(Path.Combine(site.Directory, "content/updates/2026-03-03-vatten.md"));
        File.Delete(Path.Combine(site.Directory, "content/updates/bilder/karta.txt"));
        site.Write("content/updates/2026-03-02-start.md", "---\ntitle: Start\ndate: 2026-03-02T08:00:00+01:00\n---\nUtan karta.\n");
        var run = CliRun.Run("publish", site.Directory, "--max-deletes", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC3006: mirror 'usb' would delete 2 files, more than --max-deletes 1 allows; nothing was published to any mirror. If these files should go, run again with --max-deletes 2", run.Stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(usb, FolderSnapshot.Take(Mirror("usb"))));
        Assert.False(Directory.Exists(Mirror("share"))); // the other mirror, which needed no deletes, was not started either

        AssertSucceeded(CliRun.Run("publish", site.Directory, "--max-deletes", "2"));
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(Mirror("usb"))));
    }

    [Fact]
    public void A_mirror_whose_drive_is_missing_fails_with_a_clear_message_while_the_other_completes()
    {
        using var site = SiteWith(MirrorLine("usb") + $"\n  - {{ name: usb2, url: \"{MirrorUrl(_drives.Combine("not-mounted", "krisinfo"))}\" }}");

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"usb2: FAILED: could not connect: the folder {_drives.Combine("not-mounted")} does not exist; is the drive or share mounted?", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Publishing failed on 1 of 2 mirrors: usb2.", run.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"usb2\s+FAILED\s", run.Stdout);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal); // no stack trace
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(Mirror("usb"))));
    }

    [Fact]
    public void A_failed_upload_leaves_the_old_manifest_deletes_nothing_and_the_next_run_resumes()
    {
        using var site = SiteWith(MirrorLine("usb") + "\n" + MirrorLine("share"));
        AssertSucceeded(CliRun.Run("publish", site.Directory));
        var oldManifest = File.ReadAllBytes(Path.Combine(Mirror("usb"), "SHA256SUMS"));
        site.Write("content/updates/bilder/karta.txt", "KARTA-VERSION-2\n");
        File.Delete(Path.Combine(site.Directory, "content/updates/2026-03-03-vatten.md"));
        // A folder where the file should go: the rename into place fails, as on a full or broken share.
        var blocked = Path.Combine(Mirror("usb"), "updates/bilder/karta.txt");
        File.Delete(blocked);
        Directory.CreateDirectory(Path.Combine(blocked, "hinder"));

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("usb: FAILED: uploading updates/bilder/karta.txt: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run publish again to resume.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Publishing failed on 1 of 2 mirrors: usb.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(oldManifest, File.ReadAllBytes(Path.Combine(Mirror("usb"), "SHA256SUMS")));
        Assert.True(File.Exists(Path.Combine(Mirror("usb"), "updates/2026-03-03-vatten.html"))); // no deletes after a failure
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(Mirror("share"))));

        Directory.Delete(blocked, recursive: true);
        var rerun = CliRun.Run("publish", site.Directory);

        AssertSucceeded(rerun);
        Assert.Contains("    delete   updates/2026-03-03-vatten.html", rerun.Stdout, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(Mirror("usb"))));
    }

    [Fact]
    public void A_dry_run_shows_the_plan_and_changes_nothing()
    {
        using var site = SiteWith(MirrorLine("usb") + "\n" + MirrorLine("fresh"));
        AssertSucceeded(CliRun.Run("publish", site.Directory, "--mirror", "usb"));
        var usb = FolderSnapshot.Take(Mirror("usb"));
        File.Delete(Path.Combine(site.Directory, "content/updates/2026-03-03-vatten.md"));

        var run = CliRun.Run("publish", site.Directory, "--dry-run");

        AssertSucceeded(run);
        Assert.Contains("    delete   updates/2026-03-03-vatten.html", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("fresh (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was changed on any mirror.", run.Stdout, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(usb, FolderSnapshot.Take(Mirror("usb"))));
        Assert.False(Directory.Exists(Mirror("fresh")));
    }

    [Fact]
    public void Each_copy_is_read_back_at_its_public_address_and_one_serving_other_bytes_fails()
    {
        // "good" serves its own folder; "stale" is a host that serves another copy, where one page differs.
        Directory.CreateDirectory(Mirror("good"));
        using var good = new StaticFileServer(Mirror("good"));
        var served = _drives.Combine("served");
        using var stale = new StaticFileServer(served);
        using var site = SiteWith(MirrorLine("good", good.BaseUrl) + "\n" + MirrorLine("stale", stale.BaseUrl) + "\n" + MirrorLine("plain"));
        AssertSucceeded(CliRun.Run("build", site.Directory));
        CopyFolder(site.Output, served);
        File.WriteAllText(Path.Combine(served, "updates/2026-03-03-vatten.html"), "<p>en förfalskad sida</p>");

        var run = CliRun.Run("publish", site.Directory, "--no-build");

        Assert.Equal(1, run.ExitCode);
        var files = Published(site).Count;
        Assert.Matches($@"good\s+ok\s.*yes \({files} files\)", run.Stdout); // every file was new, and the manifest
        Assert.Matches(@"stale\s+NOT VERIFIED\s.*NO \(1 problems\)", run.Stdout);
        Assert.Matches(@"plain\s+ok\s.*not verified \(no publicUrl\)", run.Stdout);
        Assert.Contains($"stale: NOT VERIFIED at {stale.BaseUrl}: updates/2026-03-03-vatten.html: serves different bytes than were published", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Publishing failed on 1 of 3 mirrors: stale.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_still_serving_the_old_manifest_is_reported()
    {
        var served = _drives.Combine("served");
        using var stale = new StaticFileServer(served);
        using var site = SiteWith(MirrorLine("stale", stale.BaseUrl));
        AssertSucceeded(CliRun.Run("build", site.Directory));
        CopyFolder(site.Output, served); // the host's copy of the first build...
        AssertSucceeded(CliRun.Run("publish", site.Directory, "--no-build"));
        site.Write("content/updates/bilder/karta.txt", "KARTA-VERSION-2\n");

        var run = CliRun.Run("publish", site.Directory); // ...is all it keeps serving

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("stale: NOT VERIFIED", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("SHA256SUMS: serves an old or different manifest", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("updates/bilder/karta.txt: serves different bytes than were published", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_never_appear_in_any_output()
    {
        // Distinctive values, put where a message would show them: in the folders' names.
        const string password = "Pw-7fQz9-hemligt";
        const string secretKey = "Sk-Jq4-xY2-hemlig-nyckel";
        Environment.SetEnvironmentVariable("STATICCRISIS_MIRROR_KEYED_PASSWORD", password);
        Environment.SetEnvironmentVariable("STATICCRISIS_MIRROR_KEYED_SECRET_ACCESS_KEY", secretKey);
        Environment.SetEnvironmentVariable("STATICCRISIS_MIRROR_LOST_PASSWORD", password + "2");
        try
        {
            Directory.CreateDirectory(_drives.Combine("keyed-" + secretKey));
            using var site = SiteWith(
                $"  - {{ name: keyed, url: \"{MirrorUrl(_drives.Combine("keyed-" + secretKey, "krisinfo"))}\" }}\n" +
                $"  - {{ name: lost, url: \"{MirrorUrl(_drives.Combine("gone-" + password + "2", "krisinfo"))}\" }}");

            var runs = new[]
            {
                CliRun.Run("publish", site.Directory, "--dry-run", "--verbose"),
                CliRun.Run("publish", site.Directory, "--verbose"),
                CliRun.Run("publish", site.Directory),
            };

            foreach (var run in runs)
            {
                var all = run.Stdout + run.Stderr;
                Assert.DoesNotContain(password, all, StringComparison.Ordinal);
                Assert.DoesNotContain(secretKey, all, StringComparison.Ordinal);
                Assert.Contains("gone-***", all, StringComparison.Ordinal);   // the lost mirror's message, masked
                Assert.Contains("keyed-***", all, StringComparison.Ordinal);  // the plan's address, masked
            }
            Assert.True(File.Exists(Path.Combine(_drives.Combine("keyed-" + secretKey, "krisinfo"), "index.html")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("STATICCRISIS_MIRROR_KEYED_PASSWORD", null);
            Environment.SetEnvironmentVariable("STATICCRISIS_MIRROR_KEYED_SECRET_ACCESS_KEY", null);
            Environment.SetEnvironmentVariable("STATICCRISIS_MIRROR_LOST_PASSWORD", null);
        }
    }

    [Fact]
    public void An_unknown_mirror_name_is_a_usage_error_listing_the_known_ones()
    {
        using var site = SiteWith(MirrorLine("usb") + "\n" + MirrorLine("share"));

        var run = CliRun.Run("publish", site.Directory, "--mirror", "usbb");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--mirror usbb: error SC0058: there is no mirror 'usbb' in site.yml; did you mean 'usb'? known mirrors: usb, share", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output)); // not even built
    }

    [Fact]
    public void A_site_without_mirrors_is_told_how_to_add_one()
    {
        using var site = new TestSite(TestSite.OneUpdate);

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.yml: error SC0057: the site has no mirrors to publish to: add a 'mirrors:' list to site.yml", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("    url: file:///media/usb/krisinfo/", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void No_build_publishes_nothing_when_the_output_was_changed_by_hand()
    {
        using var site = SiteWith(MirrorLine("usb"));
        var missing = CliRun.Run("publish", site.Directory, "--no-build");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("error SC3005: cannot publish: ", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains("has no SHA256SUMS: build the site first", missing.Stderr, StringComparison.Ordinal);

        AssertSucceeded(CliRun.Run("build", site.Directory));
        File.AppendAllText(Path.Combine(site.Output, "index.html"), "<!-- ändrad -->");
        var changed = CliRun.Run("publish", site.Directory, "--no-build");

        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("index.html has changed since the site was built; build the site again", changed.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Mirror("usb")));
    }

    [Fact]
    public void A_site_with_errors_is_not_published()
    {
        using var site = SiteWith(MirrorLine("usb"));
        site.Write("content/updates/trasig.md", "---\ntitle: Trasig\ndate: aldrig\n---\n");

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/updates/trasig.md(3,7): error SC1", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Mirror("usb")));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose() => _drives.Dispose();
}
