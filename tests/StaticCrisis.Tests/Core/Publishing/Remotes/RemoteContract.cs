using System.Text;
using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

/// <summary>
/// What every remote must do, run against each protocol's real server. A subclass says how to open a remote on a fresh,
/// empty mirror and how to list what is really stored there (not through the remote under test, where it can).
/// </summary>
public abstract class RemoteContract : IDisposable
{
    private readonly TempFolder _local = new();

    /// <summary>A remote on a mirror nobody has published to yet, connected.</summary>
    protected abstract Task<IRemote> OpenFreshMirrorAsync();

    /// <summary>A second, independent connection to the same mirror, as a later run would make.</summary>
    protected abstract Task<IRemote> ReopenAsync();

    /// <summary>Every file stored on the mirror, relative to its root, including hidden ones.</summary>
    protected abstract Task<IReadOnlyList<string>> StoredFilesAsync();

    private string Local(string text)
    {
        var path = _local.Combine(Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<string?> ReadTextAsync(IRemote remote, string path) =>
        await remote.ReadAsync(path, CancellationToken.None) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    [SkippableFact]
    public async Task A_missing_file_reads_as_null()
    {
        await using var remote = await OpenFreshMirrorAsync();

        Assert.Null(await remote.ReadAsync("SHA256SUMS", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Uploads_into_new_folders_and_reads_back_the_same_bytes()
    {
        await using (var remote = await OpenFreshMirrorAsync())
        {
            await remote.UploadAsync("index.html", Local("<p>hem</p>"), CancellationToken.None);
            await remote.UploadAsync("uppdateringar/2026/vatten-åter.html", Local("<p>vatten</p>"), CancellationToken.None);
            await remote.UploadAsync("bilder/karta över alvby.txt", Local("karta"), CancellationToken.None);
            await remote.CompleteAsync("test", CancellationToken.None);
        }

        await using var again = await ReopenAsync();
        Assert.Equal("<p>hem</p>", await ReadTextAsync(again, "index.html"));
        Assert.Equal("<p>vatten</p>", await ReadTextAsync(again, "uppdateringar/2026/vatten-åter.html"));
        Assert.Equal("karta", await ReadTextAsync(again, "bilder/karta över alvby.txt"));
        Assert.Equal(["bilder/karta över alvby.txt", "index.html", "uppdateringar/2026/vatten-åter.html"], (await StoredFilesAsync()).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Lists_what_it_holds_with_sizes()
    {
        await using var remote = await OpenFreshMirrorAsync();
        var empty = await remote.ListAsync(CancellationToken.None);
        await remote.UploadAsync("index.html", Local("<p>hem</p>"), CancellationToken.None);
        await remote.UploadAsync("uppdateringar/2026/vatten-åter.html", Local("<p>vatten åter</p>"), CancellationToken.None);
        await remote.CompleteAsync("test", CancellationToken.None);

        var listing = await remote.ListAsync(CancellationToken.None);

        // Every protocol here can list; a remote that could not would return null, and publish would trust its manifest.
        Assert.NotNull(listing);
        Assert.Empty(empty!);
        Assert.Equal(["index.html", "uppdateringar/2026/vatten-åter.html"], listing.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Encoding.UTF8.GetByteCount("<p>vatten åter</p>"), listing["uppdateringar/2026/vatten-åter.html"].Size);
        if (listing["index.html"].Sha256 is { } hash)
            Assert.Equal(StaticCrisis.Core.Integrity.Sha256Sums.HashOf(Encoding.UTF8.GetBytes("<p>hem</p>")), hash);
    }

    [SkippableFact]
    public async Task Replaces_a_file_with_new_bytes_of_the_same_size_and_leaves_no_temporary_file()
    {
        await using (var remote = await OpenFreshMirrorAsync())
        {
            await remote.UploadAsync("a/status.json", Local("{\"s\":\"down\"}"), CancellationToken.None);
            await remote.CompleteAsync("first", CancellationToken.None);
            await remote.UploadAsync("a/status.json", Local("{\"s\":\"okay\"}"), CancellationToken.None);
            await remote.CompleteAsync("second", CancellationToken.None);
        }

        await using var again = await ReopenAsync();
        Assert.Equal("{\"s\":\"okay\"}", await ReadTextAsync(again, "a/status.json"));
        Assert.Equal(["a/status.json"], await StoredFilesAsync());
    }

    [SkippableFact]
    public async Task Deletes_a_file_and_a_second_delete_is_no_error()
    {
        await using (var remote = await OpenFreshMirrorAsync())
        {
            await remote.UploadAsync("gammal.html", Local("x"), CancellationToken.None);
            await remote.UploadAsync("kvar.html", Local("y"), CancellationToken.None);
            await remote.CompleteAsync("first", CancellationToken.None);
            await remote.DeleteAsync("gammal.html", CancellationToken.None);
            await remote.DeleteAsync("gammal.html", CancellationToken.None);
            await remote.CompleteAsync("second", CancellationToken.None);
        }

        await using var again = await ReopenAsync();
        Assert.Null(await again.ReadAsync("gammal.html", CancellationToken.None));
        Assert.Equal(["kvar.html"], await StoredFilesAsync());
    }

    public virtual void Dispose()
    {
        _local.Dispose();
        GC.SuppressFinalize(this);
    }
}
