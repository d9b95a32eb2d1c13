using System.Net;

namespace StaticCrisis.Tests.Support;

/// <summary>Serves a folder on 127.0.0.1 at a free port, under a subfolder path, as a plain static host would.</summary>
public sealed class StaticFileServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".pdf"] = "application/pdf",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticFileServer(string root, string basePath = "/info/")
    {
        _root = root;
        BasePath = basePath;
        var port = ServerProcess.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{basePath}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public string BasePath { get; }

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
            Respond(context);
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        // HttpListener on Linux can close a kept-alive connection just as the client reuses it ("the response ended
        // prematurely" under parallel requests): one connection per request keeps tests that fetch in parallel exact.
        response.KeepAlive = false;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(BasePath, StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(_root, path[BasePath.Length..])) : null;
        if (file is not null && path.EndsWith('/'))
            file = Path.Combine(file, "index.html");
        if (file is null || !file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            file = Path.Combine(_root, "404.html");
        }
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        var bytes = File.ReadAllBytes(file);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    public void Dispose()
    {
        // Close alone: after Stop, Close looks the port up again and, not finding it, binds it anew, which fails when
        // another test has taken the port in the meantime ("Address already in use").
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
