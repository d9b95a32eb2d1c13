using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

public sealed class SftpRemoteTests(SshServer server) : RemoteContract, IClassFixture<SshServer>
{
    private readonly string _folder = server.NewMirrorFolder();

    private MirrorDefinition Mirror(string? hostKey) =>
        new("webbhotell", MirrorAddress.TryParse(server.Url(_folder), out _)!, null, hostKey, default);

    private MirrorCredentials KeyLogin => new(null, server.UserKeyFile, null, null);

    protected override Task<IRemote> OpenFreshMirrorAsync() => ReopenAsync();

    protected override async Task<IRemote> ReopenAsync()
    {
        server.Require();
        var remote = new SftpRemote(Mirror(server.HostKey), KeyLogin);
        await remote.ConnectAsync(CancellationToken.None);
        return remote;
    }

    protected override Task<IReadOnlyList<string>> StoredFilesAsync() => Task.FromResult(StoredFiles.In(_folder));

    [SkippableFact]
    public async Task Refuses_a_host_whose_key_does_not_match_the_pin_and_shows_both_fingerprints()
    {
        server.Require();
        const string Pinned = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
        await using var remote = new SftpRemote(Mirror(Pinned), KeyLogin);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Contains($"offered the ssh-ed25519 key {server.HostKey}, but site.yml pins hostKey {Pinned}: refusing to connect", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder));
    }

    [SkippableFact]
    public async Task Refuses_an_unpinned_host_and_says_which_fingerprint_to_pin()
    {
        server.Require();
        await using var remote = new SftpRemote(Mirror(hostKey: null), KeyLogin);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Contains("is not known: refusing to connect to an unpinned host", error.Message, StringComparison.Ordinal);
        Assert.Contains($"add it to mirror 'webbhotell' in site.yml as hostKey: \"{server.HostKey}\"", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_wrong_password_is_refused_with_a_message_that_does_not_contain_it()
    {
        server.Require();
        const string Password = "fel-lösenord-7731";
        await using var remote = new SftpRemote(Mirror(server.HostKey), new MirrorCredentials(Password, null, null, null));

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Contains($"refused the login of {SshServer.User} with the password: check STATICCRISIS_MIRROR_WEBBHOTELL_KEY_FILE and STATICCRISIS_MIRROR_WEBBHOTELL_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_key_file_protected_by_a_passphrase_is_unlocked_by_the_password_variable()
    {
        server.Require();
        await using var remote = new SftpRemote(Mirror(server.HostKey), new MirrorCredentials(SshServer.KeyPassphrase, server.LockedUserKeyFile, null, null));

        await remote.ConnectAsync(CancellationToken.None);

        Assert.Null(await remote.ReadAsync("SHA256SUMS", CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_wrong_passphrase_for_the_key_file_is_named_but_not_shown()
    {
        server.Require();
        const string Wrong = "fel-lösen-5512";
        await using var remote = new SftpRemote(Mirror(server.HostKey), new MirrorCredentials(Wrong, server.LockedUserKeyFile, null, null));

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal($"cannot use the key file {server.LockedUserKeyFile} named by STATICCRISIS_MIRROR_WEBBHOTELL_KEY_FILE: not an SSH private key, or the passphrase in STATICCRISIS_MIRROR_WEBBHOTELL_PASSWORD does not unlock it", error.Message);
    }

    [SkippableFact]
    public async Task A_server_that_is_not_there_is_reported_as_unreachable()
    {
        server.Require();
        var port = ServerProcess.FreePort();
        var address = MirrorAddress.TryParse(server.Url(_folder).Replace($":{server.Port}/", $":{port}/", StringComparison.Ordinal), out _)!;
        await using var remote = new SftpRemote(new MirrorDefinition("webbhotell", address, null, server.HostKey, default), KeyLogin);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.StartsWith($"cannot reach 127.0.0.1:{port}: ", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Without_credentials_it_names_the_variables_to_set()
    {
        server.Require();
        await using var remote = new SftpRemote(Mirror(server.HostKey), MirrorCredentials.None);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal("mirror 'webbhotell' has no credentials: set STATICCRISIS_MIRROR_WEBBHOTELL_KEY_FILE to a private key file, or STATICCRISIS_MIRROR_WEBBHOTELL_PASSWORD", error.Message);
    }

    [SkippableFact]
    public async Task An_upload_interrupted_midway_leaves_the_old_file_in_place()
    {
        await using (var remote = await OpenFreshMirrorAsync())
            await InterruptedUpload.WriteOldThenInterruptNewAsync(remote, Path.Combine(_folder, RemotePaths.TemporaryName("index.html")));

        await using var again = await ReopenAsync();
        Assert.Equal(InterruptedUpload.OldContent, await again.ReadAsync("index.html", CancellationToken.None));
    }
}
