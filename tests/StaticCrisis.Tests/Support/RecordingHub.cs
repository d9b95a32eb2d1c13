using System.Net;
using System.Net.Sockets;

namespace StaticCrisis.Tests.Support;

/// <summary>A WebSub hub on 127.0.0.1 that records every POST body and answers with the given status.</summary>
public sealed class RecordingHub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly List<string> _bodies = [];

    public RecordingHub(HttpStatusCode answer = HttpStatusCode.NoContent)
    {
        Answer = answer;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hub/";
        }
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public HttpStatusCode Answer { get; }

    public IReadOnlyList<string> Bodies { get { lock (_bodies) return [.. _bodies]; } }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            lock (_bodies)
                _bodies.Add($"{context.Request.HttpMethod} {context.Request.ContentType} {Uri.UnescapeDataString(body)}");
            context.Response.KeepAlive = false;
            context.Response.StatusCode = (int)Answer;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Close(); // not Stop first: see StaticFileServer.Dispose
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
