using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// A web server on 127.0.0.1 that answers as an attacker's would: each path gets raw bytes written by its handler, so
/// it can redirect anywhere, put terminal escapes in its status line, send a body without end or drop the connection.
/// </summary>
public sealed class HostileServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, Func<int, Stream, Task>> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    public HostileServer()
    {
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/info/";
        _ = Task.Run(AcceptAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Answers <paramref name="path"/> (under /info/) by <paramref name="respond"/>, told how many times it was asked before.</summary>
    public void On(string path, Func<int, Stream, Task> respond) => _routes["/info/" + path] = respond;

    public void OnText(string path, string head, string body) =>
        On(path, (_, stream) => Write(stream, head, Encoding.UTF8.GetBytes(body)));

    public static async Task Write(Stream stream, string statusLineAndHeaders, byte[] body)
    {
        var head = $"{statusLineAndHeaders}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
        await stream.WriteAsync(body);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII, false, 1, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync() ?? "";
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
                {
                }
                var path = requestLine.Split(' ') is [_, var target, ..] ? target : "/";
                int hits;
                lock (_hits)
                {
                    hits = _hits.GetValueOrDefault(path);
                    _hits[path] = hits + 1;
                }
                if (_routes.TryGetValue(path, out var respond))
                    await respond(hits, stream);
                else
                    await Write(stream, "HTTP/1.1 404 Not Found", []);
            }
            catch (IOException)
            {
                // The client hung up: what a hostile server may also do.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Dispose();
        _stop.Dispose();
    }
}
