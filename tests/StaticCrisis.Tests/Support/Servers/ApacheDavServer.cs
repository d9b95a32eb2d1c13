using System.Security.Cryptography;
using System.Text;

namespace StaticCrisis.Tests.Support.Servers;

/// <summary>
/// Apache httpd with mod_dav_fs on 127.0.0.1, one config file in a temp folder, in the foreground, with Basic login for
/// one user. Run as root, Apache serves as www-data: the served folder is made writable for it (a folder it may not
/// enter gets 403 with no hint why).
/// </summary>
public sealed class ApacheDavServer : IDisposable
{
    public const string Program = "/usr/sbin/apache2";
    public const string User = "kris";
    public const string Password = "dav-lösen-4711";

    private const string Modules = "/usr/lib/apache2/modules";
    private readonly TempFolder _folder = new();
    private readonly ServerProcess? _server;

    public ApacheDavServer()
    {
        if (!File.Exists(Program))
            return;
        Directory.CreateDirectory(Served);
        Directory.CreateDirectory(_folder.Combine("lock"));
        foreach (var folder in new[] { _folder.Path, Served, _folder.Combine("lock") })
            OpenToServer(folder);
        // Apache's {SHA} form: base64 of the password's SHA-1; enough for a throwaway test login (no htpasswd needed).
#pragma warning disable CA5350
        File.WriteAllText(_folder.Combine("htpasswd"), $"{User}:{{SHA}}{Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(Password)))}\n");
#pragma warning restore CA5350
        Port = ServerProcess.FreePort();
        File.WriteAllText(_folder.Combine("httpd.conf"), Config());
        _server = ServerProcess.Start(Program, ["-X", "-f", _folder.Combine("httpd.conf")], _folder.Path);
        _server.WaitForPort(Port, "apache2");
    }

    public int Port { get; }

    /// <summary>The folder Apache serves at '/'.</summary>
    public string Served => _folder.Combine("dav");

    /// <summary>Skips the test (locally) or fails it (CI) when Apache is missing.</summary>
    public static void Require() => RequiredTool.Find(Program, "apt-get install apache2-bin");

    /// <summary>A new folder under the served one, for one test's mirror.</summary>
    public string NewFolder()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        OpenToServer(Directory.CreateDirectory(Path.Combine(Served, name)).FullName);
        return name;
    }

    /// <summary>What the server's own log says, for failure messages.</summary>
    public string Log => File.Exists(_folder.Combine("error.log")) ? File.ReadAllText(_folder.Combine("error.log")) : _server?.Output ?? "";

    private static void OpenToServer(string folder)
    {
        if (OperatingSystem.IsWindows())
            return;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
    }

    private string Config()
    {
        var runAs = Environment.UserName == "root" ? "User www-data\nGroup www-data\n" : "";
        string[] modules = ["mpm_prefork", "authn_core", "authn_file", "authz_core", "authz_user", "auth_basic", "dav", "dav_fs"];
        return $"""
            {string.Join("\n", modules.Select(m => $"LoadModule {m}_module {Modules}/mod_{m}.so"))}
            ServerName 127.0.0.1
            Listen 127.0.0.1:{Port}
            {runAs}
            PidFile {_folder.Combine("httpd.pid")}
            DefaultRuntimeDir {_folder.Path}
            ErrorLog {_folder.Combine("error.log")}
            DavLockDB {_folder.Combine("lock", "DavLock")}
            DocumentRoot {Served}
            <Directory {Served}>
              Dav On
              AuthType Basic
              AuthName "StaticCrisis test"
              AuthUserFile {_folder.Combine("htpasswd")}
              Require valid-user
            </Directory>
            """;
    }

    public void Dispose()
    {
        _server?.Dispose();
        _folder.Dispose();
    }
}
