using StaticCrisis.Tests.Support;

using static StaticCrisis.Tests.Support.PublishingSite;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// A folder mirror (a USB stick passed from hand to hand) is not trusted: links planted in it are never followed, files
/// that vanished or changed there are put back by the next publish, which says so, and publish is never "ok" for a
/// mirror that does not hold the built site.
/// </summary>
public sealed class HostileMirrorTests : IDisposable
{
    private readonly TempFolder _drive = new();
    private readonly TempFolder _elsewhere = new();

    private string Mirror => _drive.Combine("krisinfo");

    private TestSite Site() => WithMirrors($"  - {{ name: usb, url: \"{new Uri(Mirror + "/").AbsoluteUri}\" }}");

    [Fact]
    public void A_file_that_vanished_or_changed_on_the_mirror_is_put_back_and_said_so()
    {
        using var site = Site();
        AssertSucceeded(CliRun.Run("publish", site.Directory));
        File.Delete(Path.Combine(Mirror, "updates", "2026-03-02-start.html"));           // a host's clean-up
        File.WriteAllText(Path.Combine(Mirror, "index.html"), "<p>Allt är lugnt</p>");     // tampering, another size
        var style = Path.Combine(Mirror, "style.css");
        var bytes = File.ReadAllBytes(style);
        bytes[10] ^= 0x20;                                                                   // a bad sector, same size
        File.WriteAllBytes(style, bytes);

        var run = CliRun.Run("publish", site.Directory, "--no-build");

        AssertSucceeded(run);
        Assert.Contains("3 files have vanished or changed on the mirror since the last publish; putting them back:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("updates/2026-03-02-start.html", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(Published(site), FolderSnapshot.Take(Mirror));
    }

    [Fact]
    public void A_link_planted_in_the_mirror_is_not_followed_and_nothing_outside_it_is_written()
    {
        using var site = Site();
        AssertSucceeded(CliRun.Run("publish", site.Directory));
        File.WriteAllText(_elsewhere.Combine("viktig.txt"), "orörd");
        // The updates folder becomes a link to a folder elsewhere, and index.html a link to a file elsewhere.
        Directory.Delete(Path.Combine(Mirror, "updates"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Mirror, "updates"), _elsewhere.Path);
        File.Delete(Path.Combine(Mirror, "index.html"));
        File.CreateSymbolicLink(Path.Combine(Mirror, "index.html"), _elsewhere.Combine("viktig.txt"));
        site.Write("content/updates/2026-03-04-nytt.md", "---\ntitle: \"Nytt\"\ndate: 2026-03-04T08:00:00+01:00\n---\nNytt.\n");

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("updates on the mirror is a symbolic link; it is not followed", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["viktig.txt"], Directory.EnumerateFileSystemEntries(_elsewhere.Path).Select(Path.GetFileName));
        Assert.Equal("orörd", File.ReadAllText(_elsewhere.Combine("viktig.txt")));
    }

    [Fact]
    public void A_link_in_place_of_a_file_is_replaced_by_the_file_not_written_through()
    {
        using var site = Site();
        AssertSucceeded(CliRun.Run("publish", site.Directory));
        File.WriteAllText(_elsewhere.Combine("viktig.txt"), "orörd");
        File.Delete(Path.Combine(Mirror, "index.html"));
        File.CreateSymbolicLink(Path.Combine(Mirror, "index.html"), _elsewhere.Combine("viktig.txt"));

        var run = CliRun.Run("publish", site.Directory, "--no-build");

        AssertSucceeded(run);
        Assert.Equal("orörd", File.ReadAllText(_elsewhere.Combine("viktig.txt")));
        Assert.Null(new FileInfo(Path.Combine(Mirror, "index.html")).LinkTarget);
        Assert.Equal(Published(site), FolderSnapshot.Take(Mirror));
    }

    [Fact]
    public void A_signed_site_published_without_its_secret_key_is_refused_and_no_mirror_is_touched()
    {
        using var keys = new TestKeys();
        using var site = WithMirrors($"  - {{ name: usb, url: \"{new Uri(Mirror + "/").AbsoluteUri}\" }}\nsigning:\n  publicKey: \"{keys.PublicKeyBase64}\"");

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC3009: site.yml names the site's public key under 'signing', but the site was built without the secret key", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Mirror));
    }

    public void Dispose()
    {
        _drive.Dispose();
        _elsewhere.Dispose();
    }
}

/// <summary>A mirror url that points at the site itself, its content, its output, a home folder or someone's folder is refused.</summary>
public sealed class MirrorFolderGuardTests
{
    [Theory]
    [InlineData("{site}", "it is the site folder or holds it")]
    [InlineData("{site}/..", "it is the site folder or holds it")]
    [InlineData("{site}/content/kopia", "it is inside the site's content/ folder")]
    [InlineData("{site}/themes", "it is inside the site's themes/ folder")]
    [InlineData("{site}/public", "it is the output folder")]
    [InlineData("{site}/public/kopia", "it is the output folder")]
    [InlineData("{home}", "it is a home folder or holds one")]
    [InlineData("{someone}", "it is not empty and holds no SHA256SUMS, so staticcrisis did not write it")]
    public void Is_refused_before_anything_is_built_or_written(string folder, string reason)
    {
        using var someone = new TempFolder();
        File.WriteAllText(someone.Combine("semesterbilder.txt"), "mina");
        using var probe = new TestSite(TestSite.OneUpdate);
        var path = folder.Replace("{site}", probe.Directory, StringComparison.Ordinal)
            .Replace("{home}", Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), StringComparison.Ordinal)
            .Replace("{someone}", someone.Path, StringComparison.Ordinal);
        probe.Write("site.yml", TestSite.MinimalConfig + $"\nmirrors:\n  - {{ name: usb, url: \"{new Uri(Path.GetFullPath(path) + "/").AbsoluteUri}\" }}\n");

        var run = CliRun.Run("publish", probe.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC3010: mirror 'usb': refusing to publish to the folder", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(probe.Output), "the site was built although publishing was refused");
        Assert.Equal(["semesterbilder.txt"], Directory.EnumerateFileSystemEntries(someone.Path).Select(Path.GetFileName));
    }
}
