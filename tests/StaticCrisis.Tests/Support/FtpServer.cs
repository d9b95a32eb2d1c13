using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// ProFTPD on 127.0.0.1 in the foreground, from one config file in a temp folder, with one virtual user whose home is
/// the served folder (and, when the tests run as root, its root: the session is chrooted there). <see cref="FtpsServer"/> requires explicit TLS
/// with a certificate for "localhost" from a test authority, and TLS session reuse on data connections, as careful
/// hosts do. When ProFTPD is not installed, <see cref="Require"/> skips (locally) or fails (CI).
/// </summary>
public class FtpServer : IDisposable
{
    private const string ProFtpd = "/usr/sbin/proftpd";
    private const string TlsModule = "/usr/lib/proftpd/mod_tls.so";
    private const string InstallHint = "apt-get install proftpd-core proftpd-mod-crypto openssl";

    private readonly TempFolder _folder = new();
    private readonly ServerProcess? _server;

    public FtpServer()
        : this(tls: false)
    {
    }

    protected FtpServer(bool tls)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(ProFtpd) || (tls && !File.Exists(TlsModule)) || FindOpenssl() is not { } openssl)
            return;
        Directory.CreateDirectory(ServedFolder);
        // The sessions run as another user (nobody, when the tests run as root): the served folder must be theirs to
        // write, and the folders above it theirs to pass through, whatever the umask.
        File.SetUnixFileMode(ServedFolder, (UnixFileMode)0b111_111_111);
        foreach (var above in new[] { _folder.Path, Path.GetDirectoryName(_folder.Path)! })
            File.SetUnixFileMode(above, File.GetUnixFileMode(above) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        var (uid, gid) = ServerProcess.RunningAsRoot ? ("65534", "65534") : (ServerProcess.UserId, ServerProcess.GroupId);
        File.WriteAllText(_folder.Combine("passwd"), $"{User}:{PasswordHash(openssl, Password)}:{uid}:{gid}::{ServedFolder}:/bin/false\n");
        File.WriteAllText(_folder.Combine("group"), $"staticcrisis:x:{gid}:\n");
        // ProFTPD refuses user files that others can read.
        File.SetUnixFileMode(_folder.Combine("passwd"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.SetUnixFileMode(_folder.Combine("group"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Port = ServerProcess.FreePort();
        File.WriteAllText(_folder.Combine("proftpd.conf"), Config(tls));
        _server = ServerProcess.Start(ProFtpd, ["-n", "-q", "-c", _folder.Combine("proftpd.conf")], _folder.Path).WaitForPort(Port, "ProFTPD");
    }

    public const string User = "kris";

    public const string Password = "rätt-lösenord-4711";

    public int Port { get; }

    /// <summary>The folder the server serves; the user's home and the root of its sessions.</summary>
    public string ServedFolder => _folder.Combine("served");

    /// <summary>The authority that issued the server's certificate: trusted by tests that mean to, and by nobody else.</summary>
    public X509Certificate2Collection TrustedRoots { get; } = [];

    /// <summary>The same authority as a PEM file, for a process that is to trust it through SSL_CERT_FILE.</summary>
    public string AuthorityFile => _folder.Combine("ca.crt");

    protected virtual string Scheme => "ftp";

    /// <summary>Skips (locally) or fails (in CI) when ProFTPD, its TLS module or openssl is missing.</summary>
    public void Require()
    {
        RequiredTool.Find(ProFtpd, InstallHint);
        RequiredTool.Find(TlsModule, InstallHint);
        RequiredTool.Find("openssl", InstallHint);
    }

    /// <summary>A new folder name for one test's mirror, under the served folder.</summary>
    public static string NewMirrorName() => Guid.NewGuid().ToString("N");

    /// <summary>The mirror's url: by host name, as a TLS certificate names it.</summary>
    public string Url(string mirrorName, string host = "localhost") => $"{Scheme}://{User}@{host}:{Port}/~/{mirrorName}/";

    private string Config(bool tls)
    {
        var folder = _folder.Path;
        // Started by root, ProFTPD serves sessions as the virtual user's uid and otherwise runs as nobody.
        var asRoot = ServerProcess.RunningAsRoot ? "User nobody\nGroup nogroup\n" : "";
        var config = $"""
            ServerType standalone
            ServerName "staticcrisis test"
            DefaultServer on
            Port {Port}
            DefaultAddress 127.0.0.1
            SocketBindTight on
            UseIPv6 off
            UseReverseDNS off
            PidFile {folder}/proftpd.pid
            ScoreboardFile {folder}/proftpd.scoreboard
            DelayTable none
            WtmpLog off
            SystemLog {folder}/proftpd.log
            TransferLog none
            {asRoot}AuthOrder mod_auth_file.c
            AuthUserFile {folder}/passwd
            AuthGroupFile {folder}/group
            RequireValidShell off
            {(ServerProcess.RunningAsRoot ? "DefaultRoot ~" : "")}
            Umask 022
            AllowOverwrite on
            UseSendfile off

            """;
        if (!tls)
            return config;
        WriteCertificates();
        // Session reuse on data connections is ProFTPD's default (no NoSessionReuseRequired): the client must resume.
        return config + $"""
            LoadModule mod_tls.c
            TLSEngine on
            TLSLog {folder}/tls.log
            TLSProtocol TLSv1.2 TLSv1.3
            TLSRSACertificateFile {folder}/server.crt
            TLSRSACertificateKeyFile {folder}/server.key
            TLSCertificateChainFile {folder}/ca.crt
            TLSRequired on
            TLSVerifyClient off

            """;
    }

    /// <summary>A test authority and a certificate for "localhost" it issued, as PEM files for ProFTPD.</summary>
    private void WriteCertificates()
    {
        var now = DateTimeOffset.UtcNow;
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=StaticCrisis test authority", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        using var authority = authorityRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var serverKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        using var server = request.Create(authority, now.AddDays(-1), now.AddDays(30), RandomNumberGenerator.GetBytes(8));

        File.WriteAllText(AuthorityFile, authority.ExportCertificatePem() + "\n");
        File.WriteAllText(_folder.Combine("server.crt"), server.ExportCertificatePem() + "\n");
        File.WriteAllText(_folder.Combine("server.key"), serverKey.ExportPkcs8PrivateKeyPem() + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_folder.Combine("server.key"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        TrustedRoots.Add(X509CertificateLoader.LoadCertificate(authority.RawData));
    }

    private static string? FindOpenssl() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(folder => Path.Combine(folder, "openssl")).FirstOrDefault(File.Exists);

    /// <summary>A crypt(3) SHA-512 hash, as ProFTPD's AuthUserFile wants it.</summary>
    private static string PasswordHash(string openssl, string password)
    {
        var start = new ProcessStartInfo(openssl, ["passwd", "-6", "-stdin"]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(password);
        process.StandardInput.Close();
        var hash = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? hash : throw new InvalidOperationException("openssl passwd failed");
    }

    public void Dispose()
    {
        _server?.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

