using System.Net;
using System.Security.Cryptography;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// Checks a published copy over HTTP(S): fetches its files and compares their SHA-256 with a manifest. The server may be
/// hostile: bodies are read up to a limit (and hashed as they stream, never buffered whole), redirects go to http(s)
/// only, a failure that may be passing (a dropped connection, a 5xx, a time-out) is tried again before a file is called
/// missing, and every word the server chose is escaped before it can reach a terminal.
/// </summary>
public static class CopyVerifier
{
    /// <summary>No manifest of a real site comes near this: 10,000 updates make about 2 MB.</summary>
    public const long MaxManifestBytes = 32L * 1024 * 1024;

    /// <summary>Per file: a press update's image or PDF, with room to spare.</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    /// <summary>Tries per file for failures that may pass, with a growing pause between them.</summary>
    public const int Attempts = 3;

    /// <summary>Redirects followed at most, each only to http(s) and never from https to http.</summary>
    public const int MaxRedirects = 5;

    /// <summary>An HttpClient for reading copies: each request bounded in time; redirects are followed here, not by the handler.</summary>
    public static HttpClient CreateClient(string userAgent, TimeSpan? timeout = null)
    {
        // The handler's own redirects are off: a Location of file:///… makes it throw a UriFormatException instead of refusing.
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(15) };
        var http = new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(60), MaxResponseContentBufferSize = int.MaxValue };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return http;
    }

    /// <summary>The copy's SHA256SUMS as text, or null with the reason when it cannot be read.</summary>
    public static async Task<(string? Text, string? Problem)> FetchManifestAsync(HttpClient http, Uri publicUrl, CancellationToken cancellationToken)
    {
        var (bytes, problem) = await FetchAsync(http, new Uri(publicUrl, Sha256Sums.FileName), MaxManifestBytes, cancellationToken);
        return (bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes), problem);
    }

    /// <summary>One file of the copy (such as the manifest's signature) as bytes, or null with the reason when it cannot be read.</summary>
    public static Task<(byte[]? Bytes, string? Problem)> FetchFileAsync(HttpClient http, Uri publicUrl, string path, CancellationToken cancellationToken) =>
        FetchAsync(http, new Uri(publicUrl, RemotePaths.Escape(path)), MaxManifestBytes, cancellationToken);

    /// <summary>Fetches each listed file and compares its hash; several at a time, results in the order given.</summary>
    public static async Task<IReadOnlyList<FileCheck>> CheckFilesAsync(
        HttpClient http, Uri publicUrl, IReadOnlyList<(string Path, string Hash)> expected, int parallelism, CancellationToken cancellationToken)
    {
        var checks = new FileCheck[expected.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, expected.Count, options, async (i, token) =>
        {
            var (path, hash) = expected[i];
            var (actual, problem) = await HashAsync(http, new Uri(publicUrl, RemotePaths.Escape(path)), token);
            checks[i] = new FileCheck(path, hash, actual, problem);
        });
        return checks;
    }

    private static async Task<(byte[]? Bytes, string? Problem)> FetchAsync(HttpClient http, Uri url, long limit, CancellationToken cancellationToken)
    {
        byte[]? bytes = null;
        var problem = await WithRetriesAsync(http, url, async (body, token) =>
        {
            using var copy = new MemoryStream();
            await CopyBoundedAsync(body, copy, limit, token);
            bytes = copy.ToArray();
        }, cancellationToken);
        return (problem is null ? bytes : null, problem);
    }

    private static async Task<(string? Hash, string? Problem)> HashAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        string? hash = null;
        var problem = await WithRetriesAsync(http, url, async (body, token) =>
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await CopyBoundedAsync(body, new HashingSink(sha), MaxFileBytes, token);
            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }, cancellationToken);
        return (problem is null ? hash : null, problem);
    }

    /// <summary>One GET, read by <paramref name="read"/>; tried again when the failure may pass. Null on success, else the reason.</summary>
    private static async Task<string?> WithRetriesAsync(HttpClient http, Uri url, Func<Stream, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        string? problem = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            bool passing;
            (problem, passing) = await TryOnceAsync(http, url, read, cancellationToken);
            if (problem is null || !passing)
                return problem;
            if (attempt < Attempts)
                await Task.Delay(TimeSpan.FromMilliseconds(250 * (1 << attempt)), cancellationToken);
        }
        return problem;
    }

    private static async Task<(string? Problem, bool MayPass)> TryOnceAsync(HttpClient http, Uri url, Func<Stream, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        if (url.IsFile)
            return await ReadLocalAsync(url.LocalPath, read, cancellationToken);
        try
        {
            // A cache between us and the host would hide exactly the stale copy this is looking for.
            var at = url;
            var response = await GetAsync(http, at, cancellationToken);
            for (var redirects = 0; (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && redirects < MaxRedirects; redirects++)
            {
                if (response.Headers.Location is not { } location || !Uri.TryCreate(at, location, out var next)
                    || next.Scheme is not ("http" or "https") || at.Scheme == "https" && next.Scheme == "http")
                    break;
                response.Dispose();
                at = next;
                response = await GetAsync(http, at, cancellationToken);
            }
            using var _ = response;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var status = (int)response.StatusCode;
                var where = status is >= 300 and < 400 && response.Headers.Location is { } location ? $" to {Escape(location.OriginalString)} (not followed)" : "";
                return ($"HTTP {status} {Escape(response.ReasonPhrase ?? "")}{where}".TrimEnd(), status >= 500 || status == 429);
            }
            if (response.Content.Headers.ContentLength > MaxFileBytes)
                return ($"the server announces {response.Content.Headers.ContentLength} bytes, more than any file of a site", false);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await read(body, cancellationToken);
            return (null, false);
        }
        catch (TooLargeException e)
        {
            return (e.Message, false);
        }
        catch (HttpRequestException e)
        {
            // The outer message is only "An error occurred while sending the request"; the inner one says what happened.
            return (Escape(e.InnerException?.Message ?? e.Message), true);
        }
        catch (IOException e)
        {
            return (Escape(e.Message), true); // the connection dropped while the body came
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ("timed out", true);
        }
    }

    /// <summary>
    /// A copy in a folder (a USB stick, a mounted share): only an ordinary file is opened, never followed through a
    /// symbolic link or waited on as a FIFO, and no bigger than any file of a site.
    /// </summary>
    private static async Task<(string? Problem, bool MayPass)> ReadLocalAsync(string path, Func<Stream, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing)
            return ("no such file", false);
        if (kind != FileKind.Regular)
            return ($"not an ordinary file ({kind.ToString().ToLowerInvariant()})", false);
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
                return ("larger than any file of a site", false);
            await using var body = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            await read(body, cancellationToken);
            return (null, false);
        }
        catch (TooLargeException e)
        {
            return (e.Message, false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Escape(e.Message), false);
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private static async Task CopyBoundedAsync(Stream body, Stream sink, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
                throw new TooLargeException($"the server sent more than {limit / 1024 / 1024} MB, more than any file of a site; stopped reading");
            await sink.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static string Escape(string text) => TerminalText.Escape(text);

    private sealed class TooLargeException(string message) : Exception(message);

    /// <summary>A write-only stream that feeds a hash, so a file is hashed as it arrives.</summary>
    private sealed class HashingSink(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => hash.AppendData(buffer);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            hash.AppendData(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>One file of a copy compared with the manifest: <see cref="ActualHash"/> is null when it could not be fetched.</summary>
public sealed record FileCheck(string Path, string ExpectedHash, string? ActualHash, string? Problem)
{
    public bool Matches => ActualHash == ExpectedHash;
}
