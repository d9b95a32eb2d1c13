using System.Collections.Concurrent;
using System.Net.Sockets;
using Renci.SshNet;
using Renci.SshNet.Common;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// An <c>sftp://</c> mirror, over SSH.NET. Logs in with the key file from <c>STATICCRISIS_MIRROR_&lt;NAME&gt;_KEY_FILE</c>
/// and/or the password (which also unlocks a key file protected by a passphrase). Like ssh, it refuses a host whose key
/// it does not know: the mirror's <c>hostKey</c> must pin the server's key, and an unpinned host is refused with the
/// fingerprint to check and pin. Each file is uploaded to a temporary name and moved over the target with the
/// posix-rename extension, which replaces the target in one step.
/// </summary>
public sealed class SftpRemote(MirrorDefinition mirror, MirrorCredentials credentials) : IRemote
{
    /// <summary>The key type to ask for first: the one site.yml's pins are made of (<c>ssh-keygen -lf</c> on the host's ed25519 key).</summary>
    private const string PinnedKeyType = "ssh-ed25519";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly MirrorAddress _address = mirror.Address;
    private readonly ConcurrentDictionary<string, Task> _folders = new(StringComparer.Ordinal);
    private SftpClient? _client;
    private PrivateKeyFile? _key;
    private string _root = "/";

    private string Where => $"{_address.Host}:{_address.PortOrDefault}";

    private SftpClient Client => _client ?? throw new InvalidOperationException("not connected");

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var user = _address.User ?? throw new RemoteException($"mirror '{mirror.Name}': the url names no user; write it as sftp://USER@{_address.Host}/…");
        var connection = new ConnectionInfo(_address.Host, _address.PortOrDefault, user, AuthenticationMethods(user)) { Timeout = Timeout };
        // The pin is a SHA-256 of one key, which does not say its type: ask for the type pins are made of first, so a
        // host with several keys shows the pinned one.
        if (connection.HostKeyAlgorithms.ContainsKey(PinnedKeyType))
            connection.HostKeyAlgorithms.SetPosition(PinnedKeyType, 0);

        var client = new SftpClient(connection) { OperationTimeout = Timeout };
        string? refusedKey = null;
        client.HostKeyReceived += (_, e) =>
        {
            e.CanTrust = mirror.HostKey is { } pin && HostKeyFingerprint.Matches(pin, e.HostKey);
            if (!e.CanTrust)
                refusedKey = $"{e.HostKeyName} key {HostKeyFingerprint.Of(e.HostKey)}";
        };
        try
        {
            await client.ConnectAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            client.Dispose();
            throw ConnectFailure(error, user, refusedKey);
        }
        _client = client;
        _root = RemotePaths.RootFolder(_address.Path, client.WorkingDirectory);
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var full = _root + path;
        try
        {
            await using var stream = await Client.OpenAsync(full, FileMode.Open, FileAccess.Read, cancellationToken);
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes, cancellationToken);
            return bytes.ToArray();
        }
        catch (SftpPathNotFoundException)
        {
            return null;
        }
        catch (Exception error) when (IsServerRefusal(error))
        {
            throw new RemoteException($"{Where} refused to read {full}: {error.Message}", error);
        }
    }

    public async Task UploadAsync(string path, string localFile, CancellationToken cancellationToken)
    {
        var target = _root + path;
        var temporary = _root + RemotePaths.TemporaryName(path);
        await using var source = File.OpenRead(localFile);
        try
        {
            await CreateFoldersAsync(Path.GetDirectoryName(target)!.Replace('\\', '/'), cancellationToken);
            await Client.UploadFileAsync(source, temporary, canOverride: true, uploadProgress: null, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Run(() => MoveOver(temporary, target), cancellationToken);
        }
        catch (Exception error) when (IsServerRefusal(error))
        {
            throw new RemoteException($"{Where} refused to write {target}: {error.Message}", error);
        }
    }

    private void MoveOver(string temporary, string target)
    {
        try
        {
            Client.RenameFile(temporary, target, isPosix: true);
        }
        catch (NotSupportedException)
        {
            // A server without posix-rename refuses a plain rename onto an existing file: remove the old one first.
            // Readers may then miss the file for a moment, but never see part of it.
            try
            {
                Client.DeleteFile(target);
            }
            catch (SftpPathNotFoundException)
            {
            }
            Client.RenameFile(temporary, target);
        }
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var full = _root + path;
        try
        {
            await Client.DeleteFileAsync(full, cancellationToken);
        }
        catch (SftpPathNotFoundException)
        {
        }
        catch (Exception error) when (IsServerRefusal(error))
        {
            throw new RemoteException($"{Where} refused to delete {full}: {error.Message}", error);
        }
    }

    /// <summary>Every file under the mirror's folder with its size (SFTP has no hashes); links on the server are not followed.</summary>
    public async Task<IReadOnlyDictionary<string, RemoteFileState>?> ListAsync(CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, RemoteFileState>(StringComparer.Ordinal);
        var folders = new Stack<string>();
        folders.Push("");
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            try
            {
                await foreach (var entry in Client.ListDirectoryAsync(_root + folder, cancellationToken))
                {
                    if (entry.Name is "." or "..")
                        continue;
                    var path = folder + entry.Name;
                    if (entry.IsDirectory)
                        folders.Push(path + "/");
                    else if (entry.IsRegularFile)
                        files[path] = new RemoteFileState(entry.Length);
                }
            }
            catch (SftpPathNotFoundException)
            {
                // The mirror's folder is made by the first upload.
            }
            catch (Exception error) when (IsServerRefusal(error))
            {
                throw new RemoteException($"{Where} refused to list {_root + folder}: {error.Message}", error);
            }
        }
        return files;
    }

    public Task CompleteAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        if (_client is { } client)
        {
            if (client.IsConnected)
                client.Disconnect();
            client.Dispose();
            _client = null;
        }
        _key?.Dispose();
        _key = null;
        return ValueTask.CompletedTask;
    }

    /// <summary>Creates the folder and its parents once per connection, even when uploads run side by side.</summary>
    private Task CreateFoldersAsync(string folder, CancellationToken cancellationToken)
    {
        if (folder is "/" or "" or ".")
            return Task.CompletedTask;
        return _folders.GetOrAdd(folder, async name =>
        {
            await CreateFoldersAsync(Path.GetDirectoryName(name)!.Replace('\\', '/'), cancellationToken);
            if (await Client.ExistsAsync(name, cancellationToken))
                return;
            try
            {
                await Client.CreateDirectoryAsync(name, cancellationToken);
            }
            catch (SshException) when (Client.Exists(name))
            {
                // Made in the meantime by another client.
            }
        });
    }

    private AuthenticationMethod[] AuthenticationMethods(string user)
    {
        var methods = new List<AuthenticationMethod>();
        if (credentials.KeyFile is { } keyFile)
        {
            _key = ReadKey(keyFile);
            methods.Add(new PrivateKeyAuthenticationMethod(user, _key));
        }
        if (credentials.Password is { } password)
        {
            methods.Add(new PasswordAuthenticationMethod(user, password));
            // Servers that ask for the password through PAM prompts instead of the password method.
            var interactive = new KeyboardInteractiveAuthenticationMethod(user);
            interactive.AuthenticationPrompt += (_, e) =>
            {
                foreach (var prompt in e.Prompts)
                    prompt.Response = password;
            };
            methods.Add(interactive);
        }
        if (methods.Count == 0)
            throw new RemoteException(
                $"mirror '{mirror.Name}' has no credentials: set {MirrorCredentials.VariablePrefix(mirror.Name)}KEY_FILE to a private key file, or {MirrorCredentials.PasswordVariable(mirror.Name)}");
        return [.. methods];
    }

    private PrivateKeyFile ReadKey(string keyFile)
    {
        var variable = MirrorCredentials.VariablePrefix(mirror.Name) + "KEY_FILE";
        try
        {
            return credentials.Password is { } passphrase ? new PrivateKeyFile(keyFile, passphrase) : new PrivateKeyFile(keyFile);
        }
        catch (IOException error)
        {
            throw new RemoteException($"cannot read the key file {keyFile} named by {variable}: {error.Message}", error);
        }
        catch (UnauthorizedAccessException error)
        {
            throw new RemoteException($"cannot read the key file {keyFile} named by {variable}: {error.Message}", error);
        }
        catch (SshPassPhraseNullOrEmptyException error)
        {
            throw new RemoteException($"the key file {keyFile} is protected by a passphrase: set {MirrorCredentials.PasswordVariable(mirror.Name)} to it", error);
        }
        catch (SshException error)
        {
            // Also a wrong passphrase; the message names neither it nor the key.
            throw new RemoteException($"cannot use the key file {keyFile} named by {variable}: not an SSH private key, or the passphrase in {MirrorCredentials.PasswordVariable(mirror.Name)} does not unlock it", error);
        }
    }

    private RemoteException ConnectFailure(Exception error, string user, string? refusedKey)
    {
        if (refusedKey is { } offered)
            return mirror.HostKey is { } pin
                ? new RemoteException(
                    $"{Where} offered the {offered}, but site.yml pins hostKey {pin}: refusing to connect. If the host really changed its key " +
                    "(ask the host), pin the new fingerprint; otherwise someone may be intercepting the connection.", error)
                : new RemoteException(
                    $"{Where} is not known: refusing to connect to an unpinned host. It offered the {offered}; check that fingerprint with the host " +
                    $"and add it to mirror '{mirror.Name}' in site.yml as hostKey: \"{offered[(offered.LastIndexOf(' ') + 1)..]}\"", error);
        return error switch
        {
            SshAuthenticationException => new RemoteException(
                $"{Where} refused the login of {user} with {DescribeCredentials()}: check {MirrorCredentials.VariablePrefix(mirror.Name)}KEY_FILE and {MirrorCredentials.PasswordVariable(mirror.Name)}", error),
            SocketException socket => new RemoteException($"cannot reach {Where}: {socket.Message}", error),
            SshOperationTimeoutException => new RemoteException($"{Where} did not answer within {Timeout.TotalSeconds:0} seconds", error),
            SshException ssh => new RemoteException($"{Where}: {ssh.Message}", error),
            _ => new RemoteException($"cannot connect to {Where}: {error.Message}", error),
        };
    }

    private string DescribeCredentials() => (credentials.KeyFile, credentials.Password) switch
    {
        (not null, not null) => "the key file and the password",
        (not null, null) => "the key file",
        _ => "the password",
    };

    /// <summary>Failures the server reports about one file or a dropped connection: shown, as they name no secret.</summary>
    private static bool IsServerRefusal(Exception error) => error is SshException or SocketException or IOException;
}
