using StaticCrisis.Tests.Support;
using StaticCrisis.Tests.Support.Servers;
using static StaticCrisis.Tests.Support.PublishingSite;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// staticcrisis publish through the command line to an S3 bucket (s3rver), a WebDAV share (Apache) and a git repository,
/// beside a folder mirror, all real and on this machine.
/// </summary>
public sealed class PublishToS3WebDavAndGitTests(S3rverServer s3, ApacheDavServer dav) : IClassFixture<S3rverServer>, IClassFixture<ApacheDavServer>, IDisposable
{
    private const string DavPassword = ApacheDavServer.Password;
    private readonly TempFolder _drives = new();
    private readonly BareGitRepository _git = new();
    private readonly string _s3Prefix = $"t{Guid.NewGuid():N}/info/";
    private readonly List<string> _variables = [];

    /// <summary>Mirror names are unique per test, so the credentials each test sets in the environment are its own.</summary>
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];

    private string S3Name => "s3-" + _id;
    private string DavName => "dav-" + _id;
    private string GitName => "git-" + _id;
    private string UsbName => "usb-" + _id;

    private string UsbFolder => _drives.Combine("usb", "krisinfo");

    private void Set(string variable, string value)
    {
        Environment.SetEnvironmentVariable(variable, value);
        _variables.Add(variable);
    }

    private TestSite Site(string davFolder)
    {
        Directory.CreateDirectory(_drives.Combine("usb"));
        var mirrors = string.Join("\n",
            $"  - {{ name: {S3Name}, url: \"{s3.Url(_s3Prefix)}\" }}",
            $"  - {{ name: {DavName}, url: \"webdav://{ApacheDavServer.User}@127.0.0.1:{dav.Port}/{davFolder}/kris/\" }}",
            $"  - {{ name: {GitName}, url: \"{_git.Url()}\" }}",
            $"  - {{ name: {UsbName}, url: \"{new Uri(UsbFolder + "/").AbsoluteUri}\" }}");
        return WithMirrors(mirrors);
    }

    /// <summary>The environment variable prefix of a mirror's secrets.</summary>
    private static string Variables(string mirror) => "STATICCRISIS_MIRROR_" + mirror.ToUpperInvariant().Replace('-', '_') + "_";

    [SkippableFact]
    public async Task Publishes_to_S3_WebDAV_and_git_beside_a_folder_and_a_second_run_uploads_nothing()
    {
        s3.Require();
        ApacheDavServer.Require();
        var davFolder = dav.NewFolder();
        Set(Variables(S3Name) + "ACCESS_KEY_ID", S3rverServer.AccessKeyId);
        Set(Variables(S3Name) + "SECRET_ACCESS_KEY", S3rverServer.SecretAccessKey);
        Set(Variables(DavName) + "PASSWORD", DavPassword);
        using var site = Site(davFolder);

        var first = CliRun.Run("publish", site.Directory);

        AssertSucceeded(first);
        var published = Published(site);
        Assert.True(FolderSnapshot.Equal(published, await s3.SnapshotAsync(_s3Prefix)), "S3 copy differs");
        Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(Path.Combine(dav.Served, davFolder, "kris"))), "WebDAV copy differs");
        Assert.True(FolderSnapshot.Equal(published, _git.Snapshot()), "git copy differs");
        Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(UsbFolder)), "folder copy differs");
        Assert.Equal(1, _git.Commits());

        var second = CliRun.Run("publish", site.Directory);

        AssertSucceeded(second);
        foreach (var name in new[] { S3Name, DavName, GitName, UsbName })
            Assert.Matches($@"{name}\s+ok\s+0\s+0\s+0\s+\d+\s+0 B\s", second.Stdout);
        Assert.Equal(1, _git.Commits()); // nothing changed: no empty commit, no push
        Assert.Equal(1, _git.Updates());
        Assert.DoesNotContain(DavPassword, first.Stdout + first.Stderr + second.Stdout + second.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_wrong_key_or_password_fails_that_mirror_with_a_clear_message_while_the_others_complete()
    {
        s3.Require();
        ApacheDavServer.Require();
        var davFolder = dav.NewFolder();
        const string wrongSecret = "fel-hemlig-nyckel-8812";
        const string wrongPassword = "fel-lösenord-5521";
        Set(Variables(S3Name) + "ACCESS_KEY_ID", "OKAND");
        Set(Variables(S3Name) + "SECRET_ACCESS_KEY", wrongSecret);
        Set(Variables(DavName) + "PASSWORD", wrongPassword);
        using var site = Site(davFolder);

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{S3Name}: FAILED: could not connect: login refused: {s3.Endpoint} does not know the access key id ({Variables(S3Name)}ACCESS_KEY_ID)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{DavName}: FAILED: could not connect: login refused by http://127.0.0.1:{dav.Port} for kris: check the user in the url and {Variables(DavName)}PASSWORD", run.Stderr, StringComparison.Ordinal);
        Assert.Matches($@"{S3Name}\s+FAILED\s", run.Stdout);
        Assert.Matches($@"{DavName}\s+FAILED\s", run.Stdout);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongSecret, run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, run.Stdout + run.Stderr, StringComparison.Ordinal);
        var published = Published(site);
        Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(UsbFolder)), "folder copy differs");
        Assert.True(FolderSnapshot.Equal(published, _git.Snapshot()), "git copy differs");
        Assert.Empty(await s3.KeysAsync(_s3Prefix));
        Assert.False(Directory.Exists(Path.Combine(dav.Served, davFolder, "kris")));
    }

    public void Dispose()
    {
        foreach (var variable in _variables)
            Environment.SetEnvironmentVariable(variable, null);
        _git.Dispose();
        _drives.Dispose();
    }
}
