using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace StaticCrisis.Cli.Serving;

/// <summary>The Server-Sent Events stream that open preview tabs listen to: one message with the build's version after each build.</summary>
public sealed class ReloadEvents
{
    private readonly ConcurrentDictionary<Channel<int>, byte> _listeners = new();

    public void Publish(int version)
    {
        foreach (var listener in _listeners.Keys)
            listener.Writer.TryWrite(version);
    }

    /// <summary>
    /// Sends the current version first, so a page that missed a build while it loaded reloads at once. False, with
    /// nothing sent, when <paramref name="limit"/> streams are open already.
    /// </summary>
    public async Task<bool> TryStream(HttpContext context, int currentVersion, int limit, CancellationToken stopping)
    {
        if (_listeners.Count >= limit)
            return false;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _listeners.TryAdd(channel, 0);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await context.Response.WriteAsync($"retry: 1000\ndata: {currentVersion.ToString(CultureInfo.InvariantCulture)}\n\n", ended.Token);
            await context.Response.Body.FlushAsync(ended.Token);
            await foreach (var version in channel.Reader.ReadAllAsync(ended.Token))
            {
                await context.Response.WriteAsync($"data: {version.ToString(CultureInfo.InvariantCulture)}\n\n", ended.Token);
                await context.Response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _listeners.TryRemove(channel, out _);
        }
        return true;
    }
}
