using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// A test server run as a child process on loopback: its output kept for failure messages, every wait bounded, and the
/// whole process tree killed when the fixture ends.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process) => _process = process;

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

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static ServerProcess Start(string program, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var server = new ServerProcess(new Process { StartInfo = start });
        server._process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    /// <summary>A port nothing listens on now, for servers that cannot pick their own and say which.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Waits until the server's output holds what <paramref name="find"/> looks for, and returns that.</summary>
    public T WaitForOutput<T>(Func<string, T?> find, string what) where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (find(Output) is { } found)
                return found;
            if (_process.HasExited)
                break;
            Thread.Sleep(50);
        }
        throw new InvalidOperationException($"{what} did not happen; server output:\n{Output}");
    }

    /// <summary>Waits until the port accepts connections; returns the server, so a start reads as one expression.</summary>
    public ServerProcess WaitForPort(int port, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return this;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException($"{what} is not listening on port {port}; server output:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit((int)Patience.TotalMilliseconds);
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
