using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace StaticCrisis.Tests.Support.Servers;

/// <summary>
/// s3rver (npm, pinned in tests/tools) on 127.0.0.1 with one bucket, for the tests of a class. It is lenient: it checks
/// that the access key id is its own (<see cref="AccessKeyId"/>), not the signature.
/// </summary>
public sealed partial class S3rverServer : IDisposable
{
    public const string Bucket = "krisinfo";
    public const string AccessKeyId = "S3RVER";
    public const string SecretAccessKey = "S3RVER";

    private static readonly string Script = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "s3rver", "bin", "s3rver.js");
    private readonly TempFolder _data = new();
    private readonly ServerProcess? _server;

    public S3rverServer()
    {
        if (!IsInstalled)
            return;
        // s3rver makes list continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider.
        _server = ServerProcess.Start("node", ["--openssl-legacy-provider", Script, "-d", _data.Path, "-a", "127.0.0.1", "-p", "0", "--configure-bucket", Bucket], _data.Path);
        var port = _server.WaitForOutput(output => Listening().Match(output) is { Success: true } match ? match.Groups[1].Value : null, "s3rver start");
        Endpoint = $"http://127.0.0.1:{port}";
    }

    private static bool IsInstalled => File.Exists(Script) && (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, "node")));

    public string Endpoint { get; } = "";

    /// <summary>Skips the test (locally) or fails it (CI) when s3rver or node is missing.</summary>
    public void Require()
    {
        RequiredTool.Find("node", "install Node.js");
        RequiredTool.Find(Script, "npm ci --prefix tests/tools");
    }

    /// <summary>The mirror URL of a prefix in the bucket.</summary>
    public string Url(string prefix) => $"s3://{Bucket}/{prefix}?endpoint={Uri.EscapeDataString(Endpoint)}&region=eu-north-1";

    /// <summary>Every key under the prefix, listed by a client of the test's own (not the remote under test).</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string prefix)
    {
        using var client = Client();
        var listing = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix });
        return [.. (listing.S3Objects ?? []).Select(o => o.Key[prefix.Length..])];
    }

    /// <summary>Every object under the prefix by key and SHA-256, as <see cref="FolderSnapshot"/> gives them for a folder.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync(string prefix)
    {
        using var client = Client();
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in await KeysAsync(prefix))
        {
            using var response = await client.GetObjectAsync(Bucket, prefix + key);
            using var bytes = new MemoryStream();
            await response.ResponseStream.CopyToAsync(bytes);
            snapshot[key] = Convert.ToHexString(SHA256.HashData(bytes.ToArray()));
        }
        return snapshot;
    }

    public async Task<string> ContentTypeAsync(string key)
    {
        using var client = Client();
        return (await client.GetObjectMetadataAsync(Bucket, key)).Headers.ContentType;
    }

    private AmazonS3Client Client() => new(
        new BasicAWSCredentials(AccessKeyId, SecretAccessKey),
        new AmazonS3Config { ServiceURL = Endpoint, ForcePathStyle = true, AuthenticationRegion = "eu-north-1" });

    [GeneratedRegex(@"listening on 127\.0\.0\.1:(\d+)")]
    private static partial Regex Listening();

    public void Dispose()
    {
        _server?.Dispose();
        _data.Dispose();
    }
}
