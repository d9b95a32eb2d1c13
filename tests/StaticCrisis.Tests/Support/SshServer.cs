using System.Diagnostics;
using StaticCrisis.Core.Configuration;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// OpenSSH's sshd with its SFTP subsystem on 127.0.0.1, in a temp folder: a fresh ed25519 host key, and key login for
/// the user running the tests (root too, as in CI containers) with a test key. Shared by a test class as a fixture;
/// when sshd is not installed, <see cref="Require"/> skips (locally) or fails (CI).
/// </summary>
public sealed class SshServer : IDisposable
{
    private const string Sshd = "/usr/sbin/sshd";
    private const string InstallHint = "apt-get install openssh-server";

    private readonly TempFolder _folder = new();
    private ServerProcess? _server;

    public SshServer()
    {
        if (!File.Exists(Sshd) || !File.Exists("/usr/bin/ssh-keygen"))
            return;
        GenerateKey("host_key");
        GenerateKey("user_key");
        GenerateKey("locked_user_key", KeyPassphrase);
        File.WriteAllText(_folder.Combine("authorized_keys"), File.ReadAllText(_folder.Combine("user_key.pub")) + File.ReadAllText(_folder.Combine("locked_user_key.pub")));
        HostKey = HostKeyFingerprint.Of(Convert.FromBase64String(File.ReadAllText(_folder.Combine("host_key.pub")).Split(' ')[1]));
        Port = ServerProcess.FreePort();
        File.WriteAllText(KnownHosts, $"[127.0.0.1]:{Port} {File.ReadAllText(_folder.Combine("host_key.pub")).Trim()}\n");
        File.WriteAllText(_folder.Combine("sshd_config"), $"""
            ListenAddress 127.0.0.1
            Port {Port}
            HostKey {_folder.Combine("host_key")}
            PidFile none
            AuthorizedKeysFile {_folder.Combine("authorized_keys")}
            PermitRootLogin prohibit-password
            StrictModes no
            PasswordAuthentication yes
            KbdInteractiveAuthentication no
            UsePAM no
            Subsystem sftp internal-sftp
            LogLevel ERROR
            """);
        // sshd started by root insists on its privilege separation folder, which only the system service creates.
        if (ServerProcess.RunningAsRoot)
            Directory.CreateDirectory("/run/sshd");
        _server = ServerProcess.Start(Sshd, ["-D", "-e", "-f", _folder.Combine("sshd_config")], _folder.Path).WaitForPort(Port, "sshd");
    }

    public int Port { get; }

    /// <summary>The server's host key fingerprint, as <c>ssh-keygen -lf</c> prints it: what site.yml pins.</summary>
    public string HostKey { get; } = "";

    /// <summary>The private key that logs in as <see cref="User"/>.</summary>
    public string UserKeyFile => _folder.Combine("user_key");

    /// <summary>Another key for <see cref="User"/>, protected by <see cref="KeyPassphrase"/>.</summary>
    public string LockedUserKeyFile => _folder.Combine("locked_user_key");

    /// <summary>A known_hosts file holding the server's host key, for programs that run ssh (git+ssh).</summary>
    public string KnownHosts => _folder.Combine("known_hosts");

    public const string KeyPassphrase = "nyckel-lösen-2231";

    public static string User => Environment.UserName;

    /// <summary>Skips (locally) or fails (in CI) when sshd is not installed.</summary>
    public void Require() => RequiredTool.Find(Sshd, InstallHint);

    /// <summary>A new empty folder the test user can write, for one test's mirror.</summary>
    public string NewMirrorFolder() => _folder.Combine("mirrors", Guid.NewGuid().ToString("N"));

    /// <summary>The mirror's url for a folder on this server.</summary>
    public string Url(string folder) => $"sftp://{User}@127.0.0.1:{Port}{folder}/";

    private void GenerateKey(string name, string passphrase = "")
    {
        using var keygen = Process.Start("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", passphrase, "-C", "test", "-f", _folder.Combine(name)])!;
        keygen.WaitForExit();
        if (keygen.ExitCode != 0)
            throw new InvalidOperationException($"ssh-keygen failed with {keygen.ExitCode}");
    }

    public void Dispose()
    {
        _server?.Dispose();
        _folder.Dispose();
    }
}
