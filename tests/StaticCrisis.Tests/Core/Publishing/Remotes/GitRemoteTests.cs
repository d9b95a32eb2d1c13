using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;
using StaticCrisis.Tests.Support.Servers;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

public sealed class GitRemoteTests(SshServer ssh) : RemoteContract, IClassFixture<SshServer>
{
    private readonly TempFolder _local = new();
    private BareGitRepository? _repository;

    private BareGitRepository Repository => _repository ??= new BareGitRepository();

    private static MirrorDefinition Mirror(string url) => new("pages", MirrorAddress.TryParse(url, out var problem) ?? throw new InvalidOperationException(problem?.English), null, null, default);

    protected override Task<IRemote> OpenFreshMirrorAsync() => ReopenAsync();

    protected override Task<IRemote> ReopenAsync() => OpenAsync(Repository.Url());

    private static async Task<IRemote> OpenAsync(string url)
    {
        var remote = new GitRemote(Mirror(url), MirrorCredentials.None);
        await remote.ConnectAsync(CancellationToken.None);
        return remote;
    }

    protected override Task<IReadOnlyList<string>> StoredFilesAsync() => Task.FromResult(Repository.Files());

    private string Local(string text)
    {
        var path = _local.Combine(Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, text);
        return path;
    }

    [SkippableFact]
    public async Task A_publish_is_one_commit_and_one_push_by_StaticCrisis_with_the_given_message()
    {
        await using (var remote = await OpenFreshMirrorAsync())
        {
            await remote.UploadAsync("index.html", Local("hem"), CancellationToken.None);
            await remote.UploadAsync("css/style.css", Local("body{}"), CancellationToken.None);
            await remote.UploadAsync("SHA256SUMS", Local("sums"), CancellationToken.None);
            await remote.CompleteAsync("Publicerat 2026-11-30 08:00", CancellationToken.None);
        }

        Assert.Equal(1, Repository.Commits());
        Assert.Equal(1, Repository.Updates());
        Assert.Equal("StaticCrisis <staticcrisis@localhost>\nPublicerat 2026-11-30 08:00\n", Repository.Show("main"));
    }

    [SkippableFact]
    public async Task A_publish_that_changes_nothing_makes_no_commit()
    {
        await using (var remote = await OpenFreshMirrorAsync())
        {
            await remote.UploadAsync("index.html", Local("hem"), CancellationToken.None);
            await remote.CompleteAsync("first", CancellationToken.None);
        }
        await using (var again = await ReopenAsync())
        {
            await again.UploadAsync("index.html", Local("hem"), CancellationToken.None);
            await again.CompleteAsync("same again", CancellationToken.None);
        }

        Assert.Equal(1, Repository.Commits());
    }

    [SkippableFact]
    public async Task Publishes_into_the_branch_and_folder_the_url_names_and_leaves_the_rest_alone()
    {
        await using (var remote = await OpenAsync(Repository.Url("?branch=main")))
        {
            await remote.UploadAsync("README.md", Local("the project"), CancellationToken.None);
            await remote.CompleteAsync("project", CancellationToken.None);
        }

        await using (var pages = await OpenAsync(Repository.Url("?folder=docs#gh-pages")))
        {
            await pages.UploadAsync("index.html", Local("hem"), CancellationToken.None);
            await pages.CompleteAsync("site", CancellationToken.None);
        }
        await using (var docs = await OpenAsync(Repository.Url("?folder=docs/#gh-pages")))
        {
            Assert.Equal("hem"u8.ToArray(), await docs.ReadAsync("index.html", CancellationToken.None));
        }

        Assert.Equal(["README.md"], Repository.Files("main"));
        Assert.Equal(["docs/index.html"], Repository.Files("gh-pages"));
    }

    [SkippableFact]
    public async Task Publishes_to_the_default_branch_of_a_repository_that_has_one()
    {
        BareGitRepository.Git(Repository.Path, "symbolic-ref", "HEAD", "refs/heads/pages");
        await using (var remote = await OpenAsync(Repository.Url()))
        {
            await remote.UploadAsync("README.md", Local("x"), CancellationToken.None);
            await remote.CompleteAsync("on main: the repository is empty", CancellationToken.None);
        }
        BareGitRepository.Git(Repository.Path, "branch", "pages", "main");

        await using (var remote = await OpenAsync(Repository.Url()))
        {
            await remote.UploadAsync("index.html", Local("hem"), CancellationToken.None);
            await remote.CompleteAsync("on pages: HEAD names it", CancellationToken.None);
        }

        Assert.Equal(["README.md", "index.html"], Repository.Files("pages"));
        Assert.Equal(["README.md"], Repository.Files("main"));
    }

    [Fact]
    public async Task A_repository_that_is_not_there_is_named_in_the_error()
    {
        await using var remote = new GitRemote(Mirror("git+file:///nonexistent/kris.git"), MirrorCredentials.None);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.StartsWith("cannot read the branches of git+file:///nonexistent/kris.git", error.Message, StringComparison.Ordinal);
    }

    private string SshUrl => $"git+ssh://{Environment.UserName}@127.0.0.1:{ssh.Port}{Repository.Path}";

    [SkippableFact]
    public async Task Publishes_over_ssh_from_a_shallow_fetch_of_a_branch_with_history()
    {
        ssh.Require();
        RequiredTool.Find("ssh", "apt-get install openssh-client");
        for (var i = 1; i <= 3; i++)
        {
            await using var remote = await ReopenAsync();
            await remote.UploadAsync($"sida{i}.html", Local($"sida {i}"), CancellationToken.None);
            await remote.CompleteAsync($"publish {i}", CancellationToken.None);
        }
        // Only the test's own known_hosts differs from what a writer's ssh would use.
        using var sshCommand = new NativeEnvironment("GIT_SSH_COMMAND", $"ssh -i {ssh.UserKeyFile} -o IdentitiesOnly=yes -o BatchMode=yes -o UserKnownHostsFile={ssh.KnownHosts}");

        await using (var remote = await OpenAsync(SshUrl))
        {
            Assert.Equal("sida 3"u8.ToArray(), await remote.ReadAsync("sida3.html", CancellationToken.None));
            await remote.UploadAsync("index.html", Local("hem"), CancellationToken.None);
            await remote.DeleteAsync("sida1.html", CancellationToken.None);
            await remote.CompleteAsync("over ssh", CancellationToken.None);
        }

        Assert.Equal(["index.html", "sida2.html", "sida3.html"], Repository.Files());
        Assert.Equal(4, Repository.Commits());
    }

    [SkippableFact]
    public async Task An_unknown_ssh_host_key_fails_at_once_instead_of_asking()
    {
        ssh.Require();
        RequiredTool.Find("ssh", "apt-get install openssh-client");
        var remote = new GitRemote(Mirror(SshUrl), new MirrorCredentials(null, ssh.UserKeyFile, null, null));

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));
        await remote.DisposeAsync();

        Assert.StartsWith($"cannot read the branches of git+ssh://127.0.0.1:{ssh.Port}{Repository.Path}", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(ssh: Host key verification failed.)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Repository.Commits("--all"));
    }

    public override void Dispose()
    {
        _repository?.Dispose();
        _local.Dispose();
        base.Dispose();
    }
}
