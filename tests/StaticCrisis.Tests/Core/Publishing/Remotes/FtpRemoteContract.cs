using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

/// <summary>What FtpRemote must do over plain FTP and over explicit FTPS alike, against a real ProFTPD.</summary>
public abstract class FtpRemoteContract(FtpServer server) : RemoteContract
{
    private readonly string _name = FtpServer.NewMirrorName();

    protected FtpServer Server => server;

    protected string MirrorFolder => Path.Combine(server.ServedFolder, _name);

    protected MirrorDefinition Mirror(string host = "localhost") =>
        new("webbhotell", MirrorAddress.TryParse(server.Url(_name, host), out _)!, null, null, default);

    protected static MirrorCredentials Login(string password) => new(password, null, null, null);

    protected override Task<IRemote> OpenFreshMirrorAsync() => ReopenAsync();

    protected override async Task<IRemote> ReopenAsync()
    {
        server.Require();
        var remote = new FtpRemote(Mirror(), Login(FtpServer.Password), server.TrustedRoots);
        await remote.ConnectAsync(CancellationToken.None);
        return remote;
    }

    protected override Task<IReadOnlyList<string>> StoredFilesAsync() => Task.FromResult(StoredFiles.In(MirrorFolder));

    [SkippableFact]
    public async Task A_wrong_password_is_refused_with_a_message_that_does_not_contain_it()
    {
        server.Require();
        const string Wrong = "fel-lösenord-7731";
        await using var remote = new FtpRemote(Mirror(), Login(Wrong), server.TrustedRoots);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Matches($@"^localhost:{server.Port} refused the login of kris \(530 .*\): check STATICCRISIS_MIRROR_WEBBHOTELL_PASSWORD$", error.Message);
        Assert.DoesNotContain(Wrong, error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Without_a_password_it_names_the_variable_to_set()
    {
        server.Require();
        await using var remote = new FtpRemote(Mirror(), MirrorCredentials.None, server.TrustedRoots);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal("mirror 'webbhotell' has no password: set STATICCRISIS_MIRROR_WEBBHOTELL_PASSWORD", error.Message);
    }

    [SkippableFact]
    public async Task A_server_that_is_not_there_is_reported_as_unreachable()
    {
        server.Require();
        var port = ServerProcess.FreePort();
        var mirror = new MirrorDefinition("webbhotell", MirrorAddress.TryParse(server.Url("x").Replace($":{server.Port}/", $":{port}/", StringComparison.Ordinal), out _)!, null, null, default);
        await using var remote = new FtpRemote(mirror, Login(FtpServer.Password), server.TrustedRoots);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.StartsWith($"cannot reach localhost:{port}: ", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_upload_interrupted_midway_leaves_the_old_file_in_place()
    {
        await using (var remote = await OpenFreshMirrorAsync())
            await InterruptedUpload.WriteOldThenInterruptNewAsync(remote, Path.Combine(MirrorFolder, RemotePaths.TemporaryName("index.html")));

        await using var again = await ReopenAsync();
        Assert.Equal(InterruptedUpload.OldContent, await again.ReadAsync("index.html", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Many_files_in_one_session_each_take_a_new_data_connection()
    {
        await using (var remote = await OpenFreshMirrorAsync())
        {
            using var local = new TempFolder();
            for (var i = 0; i < 12; i++)
            {
                var file = local.Combine($"{i}.html");
                await File.WriteAllTextAsync(file, $"<p>{i}</p>");
                await remote.UploadAsync($"uppdateringar/{i}.html", file, CancellationToken.None);
            }
        }

        Assert.Equal(12, StoredFiles.In(MirrorFolder).Count);
        Assert.Equal("<p>11</p>", await File.ReadAllTextAsync(Path.Combine(MirrorFolder, "uppdateringar", "11.html")));
    }
}
