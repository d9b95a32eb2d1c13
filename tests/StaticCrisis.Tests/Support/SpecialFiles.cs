using System.Diagnostics;
using System.Net.Sockets;

namespace StaticCrisis.Tests.Support;

/// <summary>Real named pipes, sockets, links and small file systems, made the way an attacker or an accident would.</summary>
public static class SpecialFiles
{
    public static void NamedPipe(string path) => Run("mkfifo", path);

    /// <summary>A Unix domain socket file, there while the returned socket is open (.NET removes the file on closing).</summary>
    public static IDisposable Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>A tmpfs of <paramref name="kilobytes"/> KB mounted at <paramref name="folder"/> (the tests run as root, as CI does).</summary>
    public static IDisposable SmallDisk(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        return new Mount(folder);
    }

    public static void RemountReadOnly(string folder) => Run("mount", "-o", "remount,ro", folder);

    private sealed class Mount(string folder) : IDisposable
    {
        public void Dispose() => Run("umount", "-l", folder);
    }

    public static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {error}");
    }
}
