using System.Net;
using System.Security.Cryptography;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Core.Integrity;

/// <summary>Checks a published copy over HTTP(S): fetches its files and compares their SHA-256 with a manifest.</summary>
public static class CopyVerifier
{
    /// <summary>The copy's SHA256SUMS as text, or null with the reason when it cannot be read.</summary>
    public static async Task<(string? Text, string? Problem)> FetchManifestAsync(HttpClient http, Uri publicUrl, CancellationToken cancellationToken)
    {
        var (bytes, problem) = await FetchAsync(http, new Uri(publicUrl, Sha256Sums.FileName), cancellationToken);
        return (bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes), problem);
    }

    /// <summary>One file of the copy (such as the manifest's signature) as bytes, or null with the reason when it cannot be read.</summary>
    public static Task<(byte[]? Bytes, string? Problem)> FetchFileAsync(HttpClient http, Uri publicUrl, string path, CancellationToken cancellationToken) =>
        FetchAsync(http, new Uri(publicUrl, RemotePaths.Escape(path)), cancellationToken);

    /// <summary>Fetches each listed file and compares its hash; several at a time, results in the order given.</summary>
    public static async Task<IReadOnlyList<FileCheck>> CheckFilesAsync(
        HttpClient http, Uri publicUrl, IReadOnlyList<(string Path, string Hash)> expected, int parallelism, CancellationToken cancellationToken)
    {
        var checks = new FileCheck[expected.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, expected.Count, options, async (i, token) =>
        {
            var (path, hash) = expected[i];
            var (bytes, problem) = await FetchAsync(http, new Uri(publicUrl, RemotePaths.Escape(path)), token);
            var actual = bytes is null ? null : Convert.ToHexStringLower(SHA256.HashData(bytes));
            checks[i] = new FileCheck(path, hash, actual, problem);
        });
        return checks;
    }

    private static async Task<(byte[]? Bytes, string? Problem)> FetchAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            // A cache between us and the host would hide exactly the stale copy this is looking for.
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
                return (null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            return (await response.Content.ReadAsByteArrayAsync(cancellationToken), null);
        }
        catch (HttpRequestException e)
        {
            // The outer message is only "An error occurred while sending the request"; the inner one says what happened.
            return (null, e.InnerException?.Message ?? e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "timed out");
        }
    }
}

/// <summary>One file of a copy compared with the manifest: <see cref="ActualHash"/> is null when it could not be fetched.</summary>
public sealed record FileCheck(string Path, string ExpectedHash, string? ActualHash, string? Problem)
{
    public bool Matches => ActualHash == ExpectedHash;
}
