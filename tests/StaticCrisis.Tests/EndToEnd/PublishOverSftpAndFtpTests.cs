using System.Diagnostics;
using StaticCrisis.Tests.Support;

using static StaticCrisis.Tests.Support.PublishingSite;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// staticcrisis publish through the command line to real SFTP (OpenSSH), FTP and FTPS (ProFTPD) servers on loopback,
/// each beside a folder mirror, with every copy read back over HTTP at its publicUrl.
/// </summary>
public sealed class PublishOverSftpAndFtpTests(SshServer ssh, FtpServer ftp, FtpsServer ftps)
    : IClassFixture<SshServer>, IClassFixture<FtpServer>, IClassFixture<FtpsServer>, IDisposable
{
    private readonly TempFolder _drive = new();
    private readonly List<string> _variables = [];

    private string UsbFolder => _drive.Combine("krisinfo");

    private string UsbLine => $"  - {{ name: usbsticka, url: \"{new Uri(UsbFolder + "/").AbsoluteUri}\" }}";

    /// <summary>Sets a variable for this test; the command reads credentials from the environment.</summary>
    private void Set(string variable, string value)
    {
        _variables.Add(variable);
        Environment.SetEnvironmentVariable(variable, value);
    }

    [SkippableFact]
    public void Publishes_over_sftp_and_a_second_run_uploads_nothing()
    {
        ssh.Require();
        var folder = ssh.NewMirrorFolder();
        Directory.CreateDirectory(folder);
        using var host = new StaticFileServer(folder);
        Set("STATICCRISIS_MIRROR_SFTPVARD_KEY_FILE", ssh.UserKeyFile);
        using var site = WithMirrors($"""
              - name: sftpvard
                url: "{ssh.Url(folder)}"
                hostKey: "{ssh.HostKey}"
                publicUrl: "{host.BaseUrl}"
            {UsbLine}
            """);

        var first = CliRun.Run("publish", site.Directory);

        AssertSucceeded(first);
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(folder)));
        Assert.Matches($@"sftpvard\s+ok\s.*yes \({Published(site).Count} files\)", first.Stdout);

        var second = CliRun.Run("publish", site.Directory);

        AssertSucceeded(second);
        Assert.Matches(@"sftpvard\s+ok\s+0\s+0\s+0\s+\d+\s+0 B\s", second.Stdout);
    }

    [SkippableFact]
    public void A_wrong_host_key_fails_the_sftp_mirror_with_both_fingerprints_while_the_folder_mirror_completes()
    {
        ssh.Require();
        const string Pinned = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
        var folder = ssh.NewMirrorFolder();
        Set("STATICCRISIS_MIRROR_SFTPFEL_KEY_FILE", ssh.UserKeyFile);
        using var site = WithMirrors($$"""
              - { name: sftpfel, url: "{{ssh.Url(folder)}}", hostKey: "{{Pinned}}" }
            {{UsbLine}}
            """);

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"sftpfel: FAILED: could not connect: 127.0.0.1:{ssh.Port} offered the ssh-ed25519 key {ssh.HostKey}, but site.yml pins hostKey {Pinned}: refusing to connect.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Publishing failed on 1 of 2 mirrors: sftpfel.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(UsbFolder)));
    }

    [SkippableFact]
    public void Publishes_over_ftp_and_a_second_run_uploads_nothing_and_never_prints_the_password()
    {
        ftp.Require();
        var name = FtpServer.NewMirrorName();
        var folder = Path.Combine(ftp.ServedFolder, name);
        Directory.CreateDirectory(ftp.ServedFolder);
        using var host = new StaticFileServer(folder);
        Set("STATICCRISIS_MIRROR_FTPVARD_PASSWORD", FtpServer.Password);
        using var site = WithMirrors($$"""
              - { name: ftpvard, url: "{{ftp.Url(name)}}", publicUrl: "{{host.BaseUrl}}" }
            """);

        var first = CliRun.Run("publish", site.Directory, "--verbose");
        var second = CliRun.Run("publish", site.Directory, "--verbose");

        AssertSucceeded(first);
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(folder)));
        Assert.Matches($@"ftpvard\s+ok\s.*yes \({Published(site).Count} files\)", first.Stdout);
        AssertSucceeded(second);
        Assert.Matches(@"ftpvard\s+ok\s+0\s+0\s+0\s+\d+\s+0 B\s", second.Stdout);
        Assert.DoesNotContain(FtpServer.Password, first.Stdout + first.Stderr + second.Stdout + second.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_wrong_ftp_password_fails_that_mirror_without_showing_it_while_the_folder_mirror_completes()
    {
        ftp.Require();
        const string Wrong = "Fel-9xQ-lösenord";
        var name = FtpServer.NewMirrorName();
        Set("STATICCRISIS_MIRROR_FTPFEL_PASSWORD", Wrong);
        using var site = WithMirrors($$"""
              - { name: ftpfel, url: "{{ftp.Url(name)}}" }
            {{UsbLine}}
            """);

        var run = CliRun.Run("publish", site.Directory, "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"ftpfel: FAILED: could not connect: localhost:{ftp.Port} refused the login of kris (530 ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("): check STATICCRISIS_MIRROR_FTPFEL_PASSWORD", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Wrong, run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(ftp.ServedFolder, name)));
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(UsbFolder)));
    }

    [SkippableFact]
    public void Publishes_over_ftps_trusting_the_authority_that_SSL_CERT_FILE_names()
    {
        ftps.Require();
        var name = FtpServer.NewMirrorName();
        var folder = Path.Combine(ftps.ServedFolder, name);
        using var site = WithMirrors($$"""
              - { name: ftpsvard, url: "{{ftps.Url(name)}}" }
            """);

        // A separate process: SSL_CERT_FILE replaces the trust store of the whole process that reads it.
        var run = RunCli(new() { ["SSL_CERT_FILE"] = ftps.AuthorityFile, ["STATICCRISIS_MIRROR_FTPSVARD_PASSWORD"] = FtpServer.Password }, "publish", site.Directory);

        AssertSucceeded(run);
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(folder)));
        Assert.DoesNotContain(FtpServer.Password, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_ftps_certificate_the_system_does_not_trust_fails_that_mirror_while_the_folder_mirror_completes()
    {
        ftps.Require();
        var name = FtpServer.NewMirrorName();
        Set("STATICCRISIS_MIRROR_FTPSOKAND_PASSWORD", FtpServer.Password);
        using var site = WithMirrors($$"""
              - { name: ftpsokand, url: "{{ftps.Url(name)}}" }
            {{UsbLine}}
            """);

        var run = CliRun.Run("publish", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ftpsokand: FAILED: could not connect: localhost's TLS certificate is not trusted (", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(ftps.ServedFolder, name)));
        Assert.True(FolderSnapshot.Equal(Published(site), FolderSnapshot.Take(UsbFolder)));
    }

    private static CliRun RunCli(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "staticcrisis.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (variable, value) in environment)
            start.Environment[variable] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr);
    }

    public void Dispose()
    {
        foreach (var variable in _variables)
            Environment.SetEnvironmentVariable(variable, null);
        _drive.Dispose();
    }
}
