using System.Diagnostics;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Publishing.Servers;

/// <summary>
/// OpenSSH's sshd on 127.0.0.1 with a generated host key, accepting one generated client key for the user running the
/// tests, from one config file in a temp folder, and a known_hosts file for it; so git can reach repositories on this
/// machine over ssh.
/// </summary>
public sealed class GitSshServer : IDisposable
{
    public const string Program = "/usr/sbin/sshd";

    private readonly TempFolder _folder = new();
    private readonly ServerProcess? _server;

    public GitSshServer()
    {
        if (!File.Exists(Program) || !File.Exists("/usr/bin/ssh-keygen"))
            return;
        KeyGen(HostKey);
        KeyGen(ClientKey);
        File.Copy(ClientKey + ".pub", _folder.Combine("authorized_keys"));
        // sshd checks that its privilege separation folder exists; a package installed without starting the service has none.
        if (Environment.UserName == "root")
            Directory.CreateDirectory("/run/sshd");
        Port = ServerProcess.FreePort();
        File.WriteAllText(KnownHosts, $"[127.0.0.1]:{Port} {File.ReadAllText(HostKey + ".pub").Trim()}\n");
        File.WriteAllText(_folder.Combine("sshd_config"), $"""
            ListenAddress 127.0.0.1
            Port {Port}
            HostKey {HostKey}
            PidFile {_folder.Combine("sshd.pid")}
            AuthorizedKeysFile {_folder.Combine("authorized_keys")}
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            """);
        _server = ServerProcess.Start(Program, ["-D", "-e", "-f", _folder.Combine("sshd_config")], _folder.Path);
        _server.WaitForPort(Port, "sshd");
    }

    public int Port { get; }

    public string ClientKey => _folder.Combine("client_key");

    /// <summary>A known_hosts file holding the server's host key.</summary>
    public string KnownHosts => _folder.Combine("known_hosts");

    private string HostKey => _folder.Combine("host_key");

    public static void Require()
    {
        RequiredTool.Find(Program, "apt-get install openssh-server");
        RequiredTool.Find("ssh", "apt-get install openssh-client");
    }

    private static void KeyGen(string path)
    {
        using var keygen = Process.Start("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "staticcrisis-test", "-f", path])!;
        keygen.WaitForExit();
    }

    public void Dispose()
    {
        _server?.Dispose();
        _folder.Dispose();
    }
}
