using System.Diagnostics;
using StaticCrisis.Core.Kernel.Threading;
using StaticCrisis.Tests.Support;
using StaticCrisis.Tests.Support.Servers;
using Xunit.Abstractions;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// The sample site published with one command to a mirror of every protocol at once (SFTP, FTP, FTPS, S3, WebDAV, git
/// and a folder), each a real server on loopback, by the tool as its own process: STATICCRISIS_EXE may name the
/// single-file executable (.ci/prove-single-file does). Prints how long the first publish and a one-change publish took.
/// </summary>
public sealed class PublishToEveryMirrorTests(SshServer ssh, FtpServer ftp, FtpsServer ftps, S3rverServer s3, ApacheDavServer dav, ITestOutputHelper output)
    : IClassFixture<SshServer>, IClassFixture<FtpServer>, IClassFixture<FtpsServer>, IClassFixture<S3rverServer>, IClassFixture<ApacheDavServer>, IDisposable
{
    private readonly TempFolder _drive = new();
    private readonly BareGitRepository _git = new();

    [SkippableFact]
    public void The_sample_reaches_every_kind_of_mirror_and_one_change_sends_only_what_changed()
    {
        ssh.Require();
        ftp.Require();
        s3.Require();
        ApacheDavServer.Require();
        var sftpFolder = ssh.NewMirrorFolder();
        Directory.CreateDirectory(sftpFolder);
        var ftpName = FtpServer.NewMirrorName();
        var ftpsName = FtpServer.NewMirrorName();
        var davFolder = dav.NewFolder();
        var s3Prefix = $"t{Guid.NewGuid():N}/info/";
        var usb = _drive.Combine("krisinfo");
        var mirrors = string.Join(", ",
            $"{{ name: sftp, url: \"{ssh.Url(sftpFolder)}\", hostKey: \"{ssh.HostKey}\" }}",
            $"{{ name: ftp, url: \"{ftp.Url(ftpName)}\" }}",
            $"{{ name: ftps, url: \"{ftps.Url(ftpsName)}\" }}",
            $"{{ name: s3, url: \"{s3.Url(s3Prefix)}\" }}",
            $"{{ name: dav, url: \"webdav://{ApacheDavServer.User}@127.0.0.1:{dav.Port}/{davFolder}/kris/\" }}",
            $"{{ name: git, url: \"{_git.Url()}\" }}",
            $"{{ name: usb, url: \"{new Uri(usb + "/").AbsoluteUri}\" }}");
        using var site = new SampleSiteCopy(new Dictionary<string, string> { ["mirrors"] = $"[{mirrors}]" });
        var environment = new Dictionary<string, string>
        {
            ["SOURCE_DATE_EPOCH"] = "1793000000",
            ["SSL_CERT_FILE"] = ftps.AuthorityFile,
            ["STATICCRISIS_MIRROR_SFTP_KEY_FILE"] = ssh.UserKeyFile,
            ["STATICCRISIS_MIRROR_FTP_PASSWORD"] = FtpServer.Password,
            ["STATICCRISIS_MIRROR_FTPS_PASSWORD"] = FtpServer.Password,
            ["STATICCRISIS_MIRROR_S3_ACCESS_KEY_ID"] = S3rverServer.AccessKeyId,
            ["STATICCRISIS_MIRROR_S3_SECRET_ACCESS_KEY"] = S3rverServer.SecretAccessKey,
            ["STATICCRISIS_MIRROR_DAV_PASSWORD"] = ApacheDavServer.Password,
        };

        var clock = Stopwatch.StartNew();
        var first = CliProcess.Run(environment, "publish", site.Directory);
        var firstTime = clock.Elapsed;

        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        var published = PublishingSite.Published(site.Output);
        Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(sftpFolder)));
        Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(Path.Combine(ftp.ServedFolder, ftpName))));
        Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(Path.Combine(ftps.ServedFolder, ftpsName))));
        Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(Path.Combine(dav.Served, davFolder, "kris"))));
        Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(usb)));
        Assert.Equal(published.Keys.Order(StringComparer.Ordinal), _git.Files().Order(StringComparer.Ordinal));
        Assert.Equal(published.Count, Synchronously.Wait(() => s3.KeysAsync(s3Prefix)).Count);

        // One update's body changes: only the files showing it go up again, everywhere.
        var update = Directory.EnumerateFiles(Path.Combine(site.Directory, "content", "updates"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(update, "\nTillägg: informationen gäller tills vidare.\n");
        clock.Restart();
        var second = CliProcess.Run(environment, "publish", site.Directory);
        var secondTime = clock.Elapsed;

        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        var republished = PublishingSite.Published(site.Output);
        var changed = republished.Count(pair => published.GetValueOrDefault(pair.Key) != pair.Value);
        Assert.InRange(changed, 2, published.Count / 2);
        Assert.True(FolderSnapshot.Equal(republished, FolderSnapshot.Take(sftpFolder)));
        Assert.True(FolderSnapshot.Equal(republished, FolderSnapshot.Take(usb)));
        Assert.Equal(2, _git.Commits());
        Assert.DoesNotContain(FtpServer.Password, first.Stdout + first.Stderr + second.Stdout + second.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(ApacheDavServer.Password, first.Stdout + first.Stderr + second.Stdout + second.Stderr, StringComparison.Ordinal);

        output.WriteLine($"sample site, {published.Count} files, 7 mirrors: first publish {firstTime.TotalSeconds:0.00} s; after one change ({changed} files) {secondTime.TotalSeconds:0.00} s");
        output.WriteLine(first.Stdout);
        output.WriteLine(second.Stdout);
    }

    public void Dispose()
    {
        _git.Dispose();
        _drive.Dispose();
    }
}
