using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;
using StaticCrisis.Tests.Support.Servers;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

public sealed class WebDavRemoteTests(ApacheDavServer server) : RemoteContract, IClassFixture<ApacheDavServer>
{
    /// <summary>Each test's mirror: a folder that exists on the server, and the site's folder in it, which does not yet.</summary>
    private string? _folder;

    private string Root => Path.Combine(server.Served, _folder!, "kris");

    private static MirrorDefinition Mirror(string url) => new("dav", MirrorAddress.TryParse(url, out var problem) ?? throw new InvalidOperationException(problem?.English), null, null, default);

    private MirrorDefinition OurMirror(string user = ApacheDavServer.User) => Mirror($"webdav://{user}@127.0.0.1:{server.Port}/{_folder}/kris/");

    private static MirrorCredentials Login(string password) => new(password, null, null, null);

    protected override Task<IRemote> OpenFreshMirrorAsync()
    {
        ApacheDavServer.Require();
        _folder = server.NewFolder();
        return ReopenAsync();
    }

    protected override async Task<IRemote> ReopenAsync()
    {
        var remote = new WebDavRemote(OurMirror(), Login(ApacheDavServer.Password));
        await remote.ConnectAsync(CancellationToken.None);
        return remote;
    }

    protected override Task<IReadOnlyList<string>> StoredFilesAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))]);

    [SkippableFact]
    public async Task A_wrong_password_is_refused_without_showing_it()
    {
        ApacheDavServer.Require();
        _folder = server.NewFolder();
        await using var remote = new WebDavRemote(OurMirror(), Login("fel-lösenord-123"));

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal($"login refused by http://127.0.0.1:{server.Port} for kris: check the user in the url and STATICCRISIS_MIRROR_DAV_PASSWORD", error.Message);
        Assert.DoesNotContain("fel-lösenord-123", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Root));
    }

    [SkippableFact]
    public async Task A_missing_password_names_the_variable_to_set()
    {
        ApacheDavServer.Require();
        _folder = server.NewFolder();
        await using var remote = new WebDavRemote(OurMirror(), MirrorCredentials.None);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal("no password for kris: set STATICCRISIS_MIRROR_DAV_PASSWORD", error.Message);
    }

    [SkippableFact]
    public async Task A_mirror_folder_whose_parent_is_missing_is_not_created()
    {
        ApacheDavServer.Require();
        await using var remote = new WebDavRemote(Mirror($"webdav://kris@127.0.0.1:{server.Port}/felstavad/kris/"), Login(ApacheDavServer.Password));

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal($"cannot make the folder /felstavad/kris/ on http://127.0.0.1:{server.Port}: its parent folder does not exist", error.Message);
        Assert.False(Directory.Exists(Path.Combine(server.Served, "felstavad")));
    }

    [Fact]
    public async Task A_plain_web_server_is_reported_as_not_speaking_WebDAV()
    {
        using var site = new TempFolder();
        File.WriteAllText(site.Combine("index.html"), "<p>hem</p>");
        using var web = new StaticFileServer(site.Path);
        var port = new Uri(web.BaseUrl).Port;
        await using var remote = new WebDavRemote(Mirror($"webdav://kris@127.0.0.1:{port}/info/"), Login("x"));

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal($"http://127.0.0.1:{port}/info/ does not speak WebDAV (PROPFIND answered HTTP 200, not 207); is the address right?", error.Message);
    }

    [Fact]
    public async Task A_server_nobody_answers_at_is_reported_as_unreachable()
    {
        var port = ServerProcess.FreePort();
        await using var remote = new WebDavRemote(Mirror($"webdav://kris@127.0.0.1:{port}/kris/"), Login("x"));

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.StartsWith($"cannot reach http://127.0.0.1:{port}: ", error.Message, StringComparison.Ordinal);
    }
}
