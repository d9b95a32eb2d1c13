using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Preview;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// The preview's HTTP server (Kestrel): serves the last good build from memory with correct content types, adds the reload hook to HTML
/// responses, and streams build events. Listens on the given address only (loopback unless the writer chose otherwise).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PreviewSession _builds;
    private readonly UiLanguage _language;
    private readonly ReloadEvents _events = new();
    private readonly CancellationTokenSource _stopping = new();
    private HostCheck _hosts = null!;

    /// <summary>Open event streams at most: each open tab holds one; more are refused rather than let them pile up.</summary>
    public const int MaxEventStreams = 64;

    private PreviewServer(WebApplication app, PreviewSession builds, UiLanguage language)
    {
        _app = app;
        _builds = builds;
        _language = language;
        builds.Built += state => _events.Publish(state.Version);
    }

    /// <summary>The address it listens on, e.g. http://127.0.0.1:8080/ (with the real port when 0 was asked for).</summary>
    public Uri Address { get; private set; } = null!;

    public static async Task<PreviewServer> StartAsync(IPAddress address, int port, PreviewSession builds, UiLanguage language, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, port);
            kestrel.AddServerHeader = false;
            // A preview has one writer and a few tabs; a flood of connections is refused, not queued.
            kestrel.Limits.MaxConcurrentConnections = 256;
            kestrel.Limits.MaxConcurrentUpgradedConnections = 0;
            kestrel.Limits.MaxRequestBodySize = 0;
        });
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, CommandLineLifetime>();
        var app = builder.Build();
        var server = new PreviewServer(app, builds, language);
        app.Run(server.Handle);
        await app.StartAsync(cancellationToken);
        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server.Address = new UriBuilder(bound) { Path = "/" }.Uri;
        server._hosts = new HostCheck(address, server.Address.Port);
        return server;
    }

    private async Task Handle(HttpContext context)
    {
        if (!_hosts.Allows(context.Request.Headers.Host.ToString()))
        {
            await WriteText(context, StatusCodes.Status421MisdirectedRequest,
                $"This preview answers only to {Address} (and localhost): the request named another host, as a page using DNS rebinding would.\n");
            return;
        }
        var path = context.Request.Path.Value ?? "/";
        if (path == ReloadHook.EventsPath)
        {
            if (!await _events.TryStream(context, _builds.State.Version, MaxEventStreams, _stopping.Token))
                await WriteText(context, StatusCodes.Status503ServiceUnavailable, "Too many open preview tabs; close some and reload.\n");
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        context.Response.Headers.CacheControl = "no-store";
        var state = _builds.State;
        if (state.Files is null)
        {
            await WriteHtml(context, StatusCodes.Status500InternalServerError, ReloadHook.ErrorPage(state, _language));
            return;
        }
        var status = StatusCodes.Status200OK;
        var file = Resolve(state.Files, path);
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            if (!state.Files.TryGetValue("404.html", out file))
            {
                context.Response.StatusCode = status;
                return;
            }
        }
        await WriteFile(context, status, file, state);
    }

    /// <summary>The file a path names in the build (a folder's index.html for a folder), or null.</summary>
    private static OutputFile? Resolve(IReadOnlyDictionary<string, OutputFile> files, string path)
    {
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
            relative += "index.html";
        return files.GetValueOrDefault(relative) ?? files.GetValueOrDefault(relative + "/index.html");
    }

    private async Task WriteFile(HttpContext context, int status, OutputFile file, PreviewState state)
    {
        byte[] bytes;
        try
        {
            // Made by the build, now if nobody asked before, or a file copied as it is (an image, the stylesheet): read from where it is.
            bytes = file.Content ?? await File.ReadAllBytesAsync(file.CopyFrom!, context.RequestAborted);
        }
        catch (Exception e) when (file.CopyFrom is not null && e is FileNotFoundException or DirectoryNotFoundException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable; // deleted just now: the rebuild and reload follow
            return;
        }
        catch (Exception e) when (file.CopyFrom is null)
        {
            // A template that throws fails this page, as a build that fails shows its problems, and the server keeps going.
            await WriteHtml(context, StatusCodes.Status500InternalServerError, ReloadHook.FailedPage(_builds.Failed(state, file.Path, e).ToString(_language), state.Version, _language));
            return;
        }
        if (file.IsHtml)
        {
            await WriteHtml(context, status, ReloadHook.Inject(Encoding.UTF8.GetString(bytes), state, _language));
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.For(file.Path);
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static async Task WriteText(HttpContext context, int status, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static async Task WriteHtml(HttpContext context, int status, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.For(".html");
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync(); // ends the event streams, so stopping need not wait for them
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
