using LibGit2Sharp;
using StaticCrisis.Core.Configuration;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// A <c>git+https://</c>, <c>git+ssh://</c> or <c>git+file://</c> mirror: a branch of a repository that a Pages host
/// serves. The branch comes from the URL's fragment or <c>?branch=</c> (default: the repository's default branch, or
/// <c>main</c> in an empty one); the site lies at the branch's root, or under <c>?folder=</c> (such as <c>docs</c>).
/// Each publish fetches only the branch's newest commit into a private temporary repository (no work tree: the site's
/// files are blobs written straight into it), and <see cref="CompleteAsync"/> makes one commit and one push, so a
/// reader of the branch sees the old site or the new one. git+ssh logs in through the system's ssh (its known_hosts,
/// and the key file from the environment if one is set).
/// </summary>
public sealed class GitRemote : IRemote
{
    private const string BranchParameter = "branch";
    private const string FolderParameter = "folder";
    private const string AuthorName = "StaticCrisis";
    private const string AuthorEmail = "staticcrisis@localhost";

    private readonly MirrorDefinition _mirror;
    private readonly MirrorCredentials _credentials;
    private readonly string _url;
    private readonly string _folder;
    private readonly string _temporary = Path.Combine(Path.GetTempPath(), "staticcrisis-git-" + Guid.NewGuid().ToString("N"));
    private readonly Lock _gate = new();

    /// <summary>Files uploaded (a blob) or deleted (null) since the last commit, by their path in the repository.</summary>
    private readonly Dictionary<string, Blob?> _changes = new(StringComparer.Ordinal);

    private Repository? _repository;
    private string _branch = "main";
    private Commit? _tip;

    public GitRemote(MirrorDefinition mirror, MirrorCredentials credentials)
    {
        _mirror = mirror;
        _credentials = credentials;
        var address = mirror.Address;
        // git+file names a folder, which libgit2 opens as a local path; the others are git's own URLs without the "git+".
        _url = address.Protocol == MirrorProtocol.GitFile
            ? address.Path.TrimEnd('/')
            : address.Url.GetComponents(UriComponents.SchemeAndServer | UriComponents.UserInfo | UriComponents.Path, UriFormat.UriEscaped)["git+".Length..];
        var folder = (address.Query[FolderParameter] ?? "").Trim('/');
        _folder = folder.Length == 0 ? "" : folder + "/";
    }

    private Repository Repository => _repository ?? throw new InvalidOperationException("ConnectAsync first");

    public Task ConnectAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        _repository = new Repository(Repository.Init(_temporary, isBare: true));
        if (_mirror.Address.Protocol == MirrorProtocol.GitSsh)
            _repository.Config.Set("core.sshCommand", WriteSshCommand());
        var origin = _repository.Network.Remotes.Add("origin", _url);

        var references = Run(() => _repository.Network.ListReferences(origin, Credentials).ToList(), "read the branches of");
        _branch = ChosenBranch() ?? DefaultBranch(references) ?? "main";
        if (references.Any(r => r.CanonicalName == "refs/heads/" + _branch))
        {
            var fetch = new FetchOptions { CredentialsProvider = Credentials, Depth = 1, TagFetchMode = TagFetchMode.None };
            Run(() => Commands.Fetch(_repository, "origin", [$"+refs/heads/{_branch}:refs/remotes/origin/{_branch}"], fetch, null), "fetch the branch from");
            _tip = _repository.Branches["origin/" + _branch].Tip;
        }
    }, cancellationToken);

    public Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var inRepository = _folder + path;
            var blob = _changes.TryGetValue(inRepository, out var changed) ? changed : _tip?[inRepository]?.Target as Blob;
            if (blob is null)
                return Task.FromResult<byte[]?>(null);
            using var content = blob.GetContentStream();
            using var bytes = new MemoryStream();
            content.CopyTo(bytes);
            return Task.FromResult<byte[]?>(bytes.ToArray());
        }
    }

    /// <summary>
    /// Every file of the mirror's folder in the branch's newest commit (as fetched, or as just pushed), with its size and
    /// SHA-256: the blobs are here already, so hashing them costs no download.
    /// </summary>
    public Task<IReadOnlyDictionary<string, RemoteFileState>?> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var files = new Dictionary<string, RemoteFileState>(StringComparer.Ordinal);
            var start = _folder.Length == 0 ? _tip?.Tree : _tip?[_folder.TrimEnd('/')]?.Target as Tree;
            var pending = new Stack<(Tree Tree, string Prefix)>();
            if (start is not null)
                pending.Push((start, ""));
            while (pending.Count > 0)
            {
                var (tree, prefix) = pending.Pop();
                foreach (var entry in tree)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (entry.Target is Tree subtree)
                        pending.Push((subtree, prefix + entry.Name + "/"));
                    else if (entry.Target is Blob blob && entry.Mode is Mode.NonExecutableFile or Mode.ExecutableFile)
                    {
                        using var content = blob.GetContentStream();
                        files[prefix + entry.Name] = new RemoteFileState(blob.Size, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));
                    }
                }
            }
            return Task.FromResult<IReadOnlyDictionary<string, RemoteFileState>?>(files);
        }
    }

    /// <summary>Stores the file as a blob; nobody sees it until the commit is pushed, so no temporary name is needed.</summary>
    public Task UploadAsync(string path, string localFile, CancellationToken cancellationToken)
    {
        lock (_gate)
            _changes[_folder + path] = Repository.ObjectDatabase.CreateBlob(localFile);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        lock (_gate)
            _changes[_folder + path] = null;
        return Task.CompletedTask;
    }

    /// <summary>One commit with every change since the last, pushed once; nothing at all when nothing changed.</summary>
    public Task CompleteAsync(string message, CancellationToken cancellationToken) => Task.Run(() =>
    {
        lock (_gate)
        {
            var tree = _tip is null ? new TreeDefinition() : TreeDefinition.From(_tip);
            foreach (var (path, blob) in _changes)
            {
                if (blob is null)
                    tree.Remove(path);
                else
                    tree.Add(path, blob, Mode.NonExecutableFile);
            }
            var newTree = Repository.ObjectDatabase.CreateTree(tree);
            _changes.Clear();
            if (newTree.Id == _tip?.Tree.Id || (_tip is null && newTree.Count == 0))
                return;

            var now = new Signature(AuthorName, AuthorEmail, DateTimeOffset.Now);
            var commit = Repository.ObjectDatabase.CreateCommit(now, now, message, newTree, _tip is null ? [] : [_tip], prettifyMessage: true);
            Repository.Refs.UpdateTarget(Repository.Refs.Add("refs/heads/" + _branch, commit.Id, allowOverwrite: true), commit.Id);
            string? refused = null;
            var push = new PushOptions { CredentialsProvider = Credentials, OnPushStatusError = error => refused = error.Message };
            Run(() => Repository.Network.Push(Repository.Network.Remotes["origin"], $"refs/heads/{_branch}:refs/heads/{_branch}", push), "push to");
            if (refused is not null)
                throw new RemoteException($"{Where} refused the push to branch {_branch}: {refused}; if someone else pushed meanwhile, publish again");
            _tip = commit;
        }
    }, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _repository?.Dispose();
        try
        {
            if (Directory.Exists(_temporary))
                Directory.Delete(_temporary, recursive: true);
        }
        catch (IOException)
        {
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// libgit2 runs the system's ssh for ssh URLs, taking core.sshCommand as one program without arguments (unlike git), so
    /// the options go in a small script: batch mode makes a missing key or an unknown host key an error instead of a prompt,
    /// the mirror's key file is the only one offered, and what ssh says goes to a file for the error message (not into the
    /// publish output). GIT_SSH_COMMAND, when set, still wins, as it does in git.
    /// </summary>
    private string WriteSshCommand()
    {
        static string Quoted(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        var key = _credentials.KeyFile is { } keyFile ? $"-i {Quoted(Path.GetFullPath(keyFile))} -o IdentitiesOnly=yes " : "";
        var script = Path.Combine(_temporary, "staticcrisis-ssh");
        File.WriteAllText(script, $"#!/bin/sh\nexec ssh {key}-o BatchMode=yes \"$@\" 2>>{Quoted(SshErrors)}\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    /// <summary>The repository's address as it may be shown (never a password: none is ever put in it).</summary>
    private string Where => _mirror.Address.ToString();

    private string? ChosenBranch()
    {
        var fragment = _mirror.Address.Url.Fragment.TrimStart('#');
        var chosen = fragment.Length > 0 ? Uri.UnescapeDataString(fragment) : _mirror.Address.Query[BranchParameter];
        return string.IsNullOrWhiteSpace(chosen) ? null : chosen;
    }

    /// <summary>The branch the server's HEAD points at; null for an empty repository.</summary>
    private static string? DefaultBranch(IEnumerable<Reference> references) =>
        references.OfType<SymbolicReference>().FirstOrDefault(r => r.CanonicalName == "HEAD")?.TargetIdentifier is { } target
        && target.StartsWith("refs/heads/", StringComparison.Ordinal)
            ? target["refs/heads/".Length..]
            : null;

    private Credentials Credentials(string url, string? usernameFromUrl, SupportedCredentialTypes types)
    {
        if (types.HasFlag(SupportedCredentialTypes.UsernamePassword) && _credentials.Password is { } password)
            return new UsernamePasswordCredentials { Username = usernameFromUrl ?? _mirror.Address.User ?? "git", Password = password };
        return new DefaultCredentials();
    }

    private T Run<T>(Func<T> action, string what)
    {
        try
        {
            return action();
        }
        catch (LibGit2SharpException e)
        {
            throw new RemoteException(Describe(e, what), e);
        }
    }

    private void Run(Action action, string what) => Run(() => { action(); return true; }, what);

    private string Describe(LibGit2SharpException error, string what)
    {
        var message = error.Message;
        foreach (var secret in _credentials.Secrets)
            message = message.Replace(secret, "***", StringComparison.Ordinal);
        if (message.Contains("authentication", StringComparison.OrdinalIgnoreCase) || message.Contains("401", StringComparison.Ordinal)
            || message.Contains("credentials", StringComparison.OrdinalIgnoreCase))
            return $"login refused by {Where}: check the user in the url and {MirrorCredentials.PasswordVariable(_mirror.Name)}";
        return SshSaid() is { } said ? $"cannot {what} {Where}: {message} (ssh: {said})" : $"cannot {what} {Where}: {message}";
    }

    /// <summary>Where the ssh script writes its errors: libgit2 reports only that the connection failed, ssh says why.</summary>
    private string SshErrors => Path.Combine(_temporary, "ssh-errors.txt");

    private string? SshSaid() =>
        File.Exists(SshErrors) ? File.ReadLines(SshErrors).LastOrDefault(line => line.Trim().Length > 0)?.Trim() : null;
}
