using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StaticCrisis.Tests.Support;

/// <summary>A real server program the tests start in the foreground on 127.0.0.1 and stop when done.</summary>
public sealed class LocalServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LocalServerProcess(Process process) => _process = process;

    /// <summary>True when the tests run as root (as in CI containers): servers then drop to other users and need their folders open.</summary>
    public static bool RunningAsRoot => UserId == "0";

    public static string UserId { get; } = Id("-u");

    public static string GroupId { get; } = Id("-g");

    private static string Id(string option)
    {
        using var id = Process.Start(new ProcessStartInfo("id", [option]) { RedirectStandardOutput = true })!;
        var value = id.StandardOutput.ReadToEnd().Trim();
        id.WaitForExit();
        return value;
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts the program and returns once it accepts connections on the port.</summary>
    public static LocalServerProcess Start(string program, IEnumerable<string> arguments, int port)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var server = new LocalServerProcess(Process.Start(start)!);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        server.WaitUntilListening(port);
        return server;
    }

    /// <summary>What the server printed, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private void WaitUntilListening(int port)
    {
        // A readiness wait, not a timed assertion: the limit only keeps a broken server from hanging the run.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{_process.StartInfo.FileName} exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
