using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// An <c>s3://bucket/prefix/?endpoint=https://…&amp;region=…</c> mirror: any S3-compatible object store. Settings chosen
/// for hosts other than AWS too: path-style addresses, no chunked uploads (a non-AWS server stored such bodies with the
/// chunk framing in them) and checksums only where the operation requires them (other hosts reject the new defaults).
/// </summary>
public sealed class S3Remote : IRemote
{
    private readonly MirrorDefinition _mirror;
    private readonly MirrorCredentials _credentials;
    private readonly string _bucket;
    private readonly string _prefix;
    private readonly string _endpointText;
    private AmazonS3Client? _client;

    public S3Remote(MirrorDefinition mirror, MirrorCredentials credentials)
    {
        _mirror = mirror;
        _credentials = credentials;
        _bucket = mirror.Address.Host;
        _prefix = mirror.Address.Path.TrimStart('/');
        _endpointText = mirror.Address.Query["endpoint"] ?? "AWS";
    }

    private AmazonS3Client Client => _client ?? throw new InvalidOperationException("ConnectAsync first");

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_credentials.AccessKeyId is null || _credentials.SecretAccessKey is null)
        {
            var prefix = MirrorCredentials.VariablePrefix(_mirror.Name);
            throw new RemoteException($"no access key: set {prefix}ACCESS_KEY_ID and {prefix}SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)");
        }
        var region = _mirror.Address.Query["region"] ?? "us-east-1";
        var config = new AmazonS3Config
        {
            ForcePathStyle = true,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (_mirror.Address.Query["endpoint"] is { } endpoint)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        _client = new AmazonS3Client(new BasicAWSCredentials(_credentials.AccessKeyId, _credentials.SecretAccessKey), config);

        // One cheap request proves the endpoint answers, the key is known and the bucket exists, before any upload.
        await Translate(() => Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket, Prefix = _prefix, MaxKeys = 1 }, cancellationToken), cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Client.GetObjectAsync(_bucket, Key(path), cancellationToken);
            using var bytes = new MemoryStream();
            await response.ResponseStream.CopyToAsync(bytes, cancellationToken);
            return bytes.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode is "NoSuchKey" or null)
        {
            return null;
        }
        catch (Exception e) when (Describe(e, cancellationToken) is { } message)
        {
            throw new RemoteException(message, e);
        }
    }

    /// <summary>
    /// Puts the object under its final key. An S3 PUT is atomic per object (a reader gets the old object or the new, never a
    /// part), so the temporary-name-then-rename other remotes need is not used here: S3 has no rename, and a copy plus a
    /// delete would upload nothing safer while leaving a stray object behind if the run stopped between the two.
    /// </summary>
    public Task UploadAsync(string path, string localFile, CancellationToken cancellationToken) =>
        Translate(() => Client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _bucket,
            Key = Key(path),
            FilePath = localFile,
            ContentType = ContentTypes.For(path),
            UseChunkEncoding = false,
        }, cancellationToken), cancellationToken);

    /// <summary>S3 answers a delete of a missing key with success, as the interface asks.</summary>
    public Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        Translate(() => Client.DeleteObjectAsync(_bucket, Key(path), cancellationToken), cancellationToken);

    /// <summary>Every object under the mirror's prefix with its size, a page of keys at a time.</summary>
    public async Task<IReadOnlyDictionary<string, RemoteFileState>?> ListAsync(CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, RemoteFileState>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = _prefix };
        ListObjectsV2Response? page = null;
        do
        {
            await Translate(async () => page = await Client.ListObjectsV2Async(request, cancellationToken), cancellationToken);
            foreach (var item in page!.S3Objects ?? [])
            {
                if (item.Key.Length > _prefix.Length && !item.Key.EndsWith('/'))
                    files[item.Key[_prefix.Length..]] = new RemoteFileState(item.Size ?? 0);
            }
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
        return files;
    }

    public Task CompleteAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _client?.Dispose();
        return ValueTask.CompletedTask;
    }

    private string Key(string path) => _prefix + path;

    private async Task Translate<T>(Func<Task<T>> request, CancellationToken cancellationToken)
    {
        try
        {
            await request();
        }
        catch (Exception e) when (Describe(e, cancellationToken) is { } message)
        {
            throw new RemoteException(message, e);
        }
    }

    /// <summary>What went wrong, in words the mirror's owner can act on; never a key. Null for a cancellation the caller asked for.</summary>
    private string? Describe(Exception error, CancellationToken cancellationToken)
    {
        if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
            return null;
        var variables = MirrorCredentials.VariablePrefix(_mirror.Name);
        return error switch
        {
            AmazonS3Exception { ErrorCode: "InvalidAccessKeyId" } =>
                $"login refused: {_endpointText} does not know the access key id ({variables}ACCESS_KEY_ID)",
            AmazonS3Exception { ErrorCode: "SignatureDoesNotMatch" } =>
                $"login refused: the secret access key does not match the access key id ({variables}SECRET_ACCESS_KEY)",
            AmazonS3Exception { ErrorCode: "NoSuchBucket" } =>
                $"there is no bucket '{_bucket}' at {_endpointText}",
            AmazonS3Exception { ErrorCode: "AccessDenied" } =>
                $"access denied to bucket '{_bucket}' at {_endpointText}: the key must be allowed to list, read, write and delete there",
            AmazonS3Exception s3 =>
                $"{_endpointText} refused: {s3.ErrorCode ?? "no error code"} (HTTP {(int)s3.StatusCode})",
            OperationCanceledException =>
                $"{_endpointText} did not answer in time",
            _ when Unreachable(error) is { } reason =>
                $"cannot reach {_endpointText}: {reason}",
            _ => null,
        };
    }

    private static string? Unreachable(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is HttpRequestException or System.Net.Sockets.SocketException)
                return error.Message;
        }
        return null;
    }
}
