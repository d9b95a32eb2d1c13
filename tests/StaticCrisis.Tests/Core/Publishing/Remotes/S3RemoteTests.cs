using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;
using StaticCrisis.Tests.Support.Servers;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

public sealed class S3RemoteTests(S3rverServer server) : RemoteContract, IClassFixture<S3rverServer>
{
    /// <summary>Each test publishes under its own prefix: a fresh mirror in the shared bucket.</summary>
    private readonly string _prefix = $"t{Guid.NewGuid():N}/info/";

    private static readonly MirrorCredentials Credentials = new(null, null, S3rverServer.AccessKeyId, S3rverServer.SecretAccessKey);

    private MirrorDefinition Mirror(string url) => new("reserv", MirrorAddress.TryParse(url, out var problem) ?? throw new InvalidOperationException(problem?.English), null, null, default);

    protected override Task<IRemote> OpenFreshMirrorAsync() => ReopenAsync();

    protected override async Task<IRemote> ReopenAsync()
    {
        server.Require();
        var remote = new S3Remote(Mirror(server.Url(_prefix)), Credentials);
        await remote.ConnectAsync(CancellationToken.None);
        return remote;
    }

    protected override Task<IReadOnlyList<string>> StoredFilesAsync() => server.KeysAsync(_prefix);

    [SkippableFact]
    public async Task Stores_each_file_with_its_content_type_so_browsers_render_pages()
    {
        await using (var remote = await OpenFreshMirrorAsync())
        {
            var local = Path.GetTempFileName();
            File.WriteAllText(local, "<p>hem</p>");
            await remote.UploadAsync("index.html", local, CancellationToken.None);
            await remote.UploadAsync("feed.xml", local, CancellationToken.None);
            File.Delete(local);
        }

        Assert.Equal("text/html; charset=utf-8", await server.ContentTypeAsync(_prefix + "index.html"));
        Assert.Equal("application/xml; charset=utf-8", await server.ContentTypeAsync(_prefix + "feed.xml"));
    }

    [SkippableFact]
    public async Task A_wrong_access_key_id_is_refused_without_showing_any_key()
    {
        server.Require();
        var wrong = new MirrorCredentials(null, null, "WRONGKEYID", "hemlig-nyckel-123");
        await using var remote = new S3Remote(Mirror(server.Url(_prefix)), wrong);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal($"login refused: {server.Endpoint} does not know the access key id (STATICCRISIS_MIRROR_RESERV_ACCESS_KEY_ID)", error.Message);
        Assert.DoesNotContain("hemlig-nyckel-123", error.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_bucket_that_does_not_exist_is_named_in_the_error()
    {
        server.Require();
        var url = server.Url(_prefix).Replace($"s3://{S3rverServer.Bucket}/", "s3://saknas/", StringComparison.Ordinal);
        await using var remote = new S3Remote(Mirror(url), Credentials);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal($"there is no bucket 'saknas' at {server.Endpoint}", error.Message);
    }

    [Fact]
    public async Task An_endpoint_nobody_answers_at_is_reported_as_unreachable()
    {
        var endpoint = $"http://127.0.0.1:{ServerProcess.FreePort()}";
        await using var remote = new S3Remote(Mirror($"s3://krisinfo/info/?endpoint={endpoint}"), Credentials);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.StartsWith($"cannot reach {endpoint}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_keys_name_the_variables_to_set()
    {
        await using var remote = new S3Remote(Mirror("s3://krisinfo/info/?endpoint=http://127.0.0.1:9"), MirrorCredentials.None);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal("no access key: set STATICCRISIS_MIRROR_RESERV_ACCESS_KEY_ID and STATICCRISIS_MIRROR_RESERV_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)", error.Message);
    }
}
