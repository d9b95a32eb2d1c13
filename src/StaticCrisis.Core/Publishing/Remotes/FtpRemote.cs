using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// An <c>ftp://</c> or <c>ftps://</c> mirror. <c>ftps</c> is explicit FTPS: <c>AUTH TLS</c> on the given port (21 unless
/// named) before the password is sent, with the data connections encrypted too, and the server's certificate checked
/// against the system's trust store (which honours <c>SSL_CERT_FILE</c>), never skipped. Each file is stored under a
/// temporary name and renamed over the target (RNFR/RNTO): a failed transfer leaves a short temporary file, never a
/// short page. One control connection, so operations take turns.
/// </summary>
public sealed class FtpRemote : IRemote
{
    private readonly MirrorDefinition _mirror;
    private readonly MirrorCredentials _credentials;
    private readonly X509Certificate2Collection? _trustedRoots;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private FtpSession? _session;
    private bool _interrupted;
    private string _root = "/";

    public FtpRemote(MirrorDefinition mirror, MirrorCredentials credentials)
        : this(mirror, credentials, trustedRoots: null)
    {
    }

    /// <summary>For tests only: trusts certificates issued by these roots instead of the system's trust store.</summary>
    internal FtpRemote(MirrorDefinition mirror, MirrorCredentials credentials, X509Certificate2Collection? trustedRoots)
    {
        _mirror = mirror;
        _credentials = credentials;
        _trustedRoots = trustedRoots;
    }

    private MirrorAddress Address => _mirror.Address;

    private string Where => $"{Address.Host}:{Address.PortOrDefault}";

    private FtpSession Session => _session ?? throw new InvalidOperationException("not connected");

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var user = Address.User ?? throw new RemoteException($"mirror '{_mirror.Name}': the url names no user; write it as {Address.Url.Scheme}://USER@{Address.Host}/…");
        var password = _credentials.Password ?? throw new RemoteException($"mirror '{_mirror.Name}' has no password: set {MirrorCredentials.PasswordVariable(_mirror.Name)}");
        await GuardAsync(async () =>
        {
            var (session, greeting) = await FtpSession.ConnectAsync(Address.Host, Address.PortOrDefault, _trustedRoots, cancellationToken);
            _session = session;
            Expect(greeting, "greeted with", 220);
            if (Address.Protocol == MirrorProtocol.Ftps)
                await StartTlsAsync(cancellationToken);
            await LogInAsync(user, password, cancellationToken);
            Expect(await Session.SendAsync("TYPE I", cancellationToken), "answered TYPE I with", 200);
            // Names are UTF-8 (RFC 2640); servers that always use it answer with an error, which changes nothing.
            await Session.SendAsync("OPTS UTF8 ON", cancellationToken);
            var home = await Session.SendAsync("PWD", cancellationToken);
            Expect(home, "answered PWD with", 257);
            _root = RemotePaths.RootFolder(Address.Path, QuotedPath(home.Text));
        });
    }

    private async Task StartTlsAsync(CancellationToken cancellationToken)
    {
        var auth = await Session.SendAsync("AUTH TLS", cancellationToken);
        if (auth.Code != 234)
            throw new RemoteException($"{Where} does not offer FTPS (AUTH TLS answered {auth}); use ftp:// only if sending the password unencrypted is acceptable");
        await Session.StartTlsAsync(cancellationToken);
        Expect(await Session.SendAsync("PBSZ 0", cancellationToken), "answered PBSZ 0 with", 200);
        Expect(await Session.SendAsync("PROT P", cancellationToken), "refused encrypted data connections: PROT P answered", 200);
    }

    private async Task LogInAsync(string user, string password, CancellationToken cancellationToken)
    {
        var reply = await Session.SendAsync("USER " + user, cancellationToken);
        if (reply.Code == 331)
            reply = await Session.SendAsync("PASS " + password, cancellationToken);
        if (reply.Code is 230 or 202)
            return;
        if (reply.Code == 530 || reply.IsIntermediate)
            throw new RemoteException($"{Where} refused the login of {user} ({Scrub(reply)}): check {MirrorCredentials.PasswordVariable(_mirror.Name)}");
        throw new RemoteException($"{Where} answered the login with {Scrub(reply)}");
    }

    public Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken) => TakeTurnAsync<byte[]?>(async () =>
    {
        var full = _root + path;
        var (data, reply) = await Session.OpenTransferAsync("RETR " + full, cancellationToken);
        if (data is null)
            return reply.Code == 550 ? null : throw new RemoteException($"{Where} refused to send {full}: {Scrub(reply)}");
        using var bytes = new MemoryStream();
        await using (data)
        {
            await CopyAsync(data, bytes, cancellationToken);
            await Session.CloseTransferAsync(data, cancellationToken);
        }
        Expect(await Session.ReadReplyAsync(cancellationToken), $"did not finish sending {full}:", 226, 250);
        return bytes.ToArray();
    });

    public async Task UploadAsync(string path, string localFile, CancellationToken cancellationToken)
    {
        await using var source = File.OpenRead(localFile);
        await TakeTurnAsync(async () =>
        {
            var target = _root + path;
            var temporary = _root + RemotePaths.TemporaryName(path);
            await CreateFoldersAsync(target[..target.LastIndexOf('/')], cancellationToken);
            var (data, reply) = await Session.OpenTransferAsync("STOR " + temporary, cancellationToken);
            if (data is null)
                throw new RemoteException($"{Where} refused to store {temporary}: {Scrub(reply)}");
            await using (data)
            {
                // Cancelled or failed midway, the data connection is dropped without the TLS goodbye, and the
                // temporary file is never renamed.
                await CopyAsync(source, data, cancellationToken);
                await Session.CloseTransferAsync(data, cancellationToken);
            }
            Expect(await Session.ReadReplyAsync(cancellationToken), $"did not store {temporary} whole:", 226, 250);
            await RenameAsync(temporary, target, cancellationToken);
            return true;
        });
    }

    private async Task RenameAsync(string temporary, string target, CancellationToken cancellationToken)
    {
        Expect(await Session.SendAsync("RNFR " + temporary, cancellationToken), $"cannot rename {temporary}:", 350);
        var renamed = await Session.SendAsync("RNTO " + target, cancellationToken);
        if (renamed.IsSuccess)
            return;
        // Some servers (Windows ones) refuse to rename onto an existing file: remove it first. Readers may then miss
        // the file for a moment, but never see part of it.
        if (!(await Session.SendAsync("DELE " + target, cancellationToken)).IsSuccess)
            throw new RemoteException($"{Where} cannot rename {temporary} to {target}: {Scrub(renamed)}");
        Expect(await Session.SendAsync("RNFR " + temporary, cancellationToken), $"cannot rename {temporary}:", 350);
        Expect(await Session.SendAsync("RNTO " + target, cancellationToken), $"cannot rename {temporary} to {target}:", 250);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken) => TakeTurnAsync(async () =>
    {
        var full = _root + path;
        var reply = await Session.SendAsync("DELE " + full, cancellationToken);
        // 550 is also "permission denied": only a file that is really gone is fine.
        if (!reply.IsSuccess && (await Session.SendAsync("SIZE " + full, cancellationToken)).Code == 213)
            throw new RemoteException($"{Where} refused to delete {full}: {Scrub(reply)}");
        return true;
    });

    /// <summary>
    /// Every file under the mirror's folder with its size, from MLSD (RFC 3659), folder by folder; null when the server
    /// does not know MLSD (the older LIST has no format a program can trust).
    /// </summary>
    public Task<IReadOnlyDictionary<string, RemoteFileState>?> ListAsync(CancellationToken cancellationToken) => TakeTurnAsync<IReadOnlyDictionary<string, RemoteFileState>?>(async () =>
    {
        var files = new Dictionary<string, RemoteFileState>(StringComparer.Ordinal);
        var folders = new Stack<string>();
        folders.Push("");
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            var (data, reply) = await Session.OpenTransferAsync("MLSD " + (_root + folder).TrimEnd('/'), cancellationToken);
            if (data is null)
            {
                if (reply.Code is 500 or 501 or 502 or 504)
                    return null;
                if (reply.Code == 550)
                    continue; // not there yet: the first upload makes it
                throw new RemoteException($"{Where} refused to list {_root + folder}: {Scrub(reply)}");
            }
            using var listing = new MemoryStream();
            await using (data)
            {
                await CopyAsync(data, listing, cancellationToken);
                await Session.CloseTransferAsync(data, cancellationToken);
            }
            Expect(await Session.ReadReplyAsync(cancellationToken), $"did not finish listing {_root + folder}:", 226, 250);
            foreach (var line in Encoding.UTF8.GetString(listing.ToArray()).Split('\n'))
            {
                // "type=file;size=1234;modify=20260302080000; index.html": facts, one space, the name.
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                    continue;
                var name = line[(space + 1)..].TrimEnd('\r');
                var facts = line[..space].Split(';', StringSplitOptions.RemoveEmptyEntries)
                    .Select(fact => fact.Split('=', 2)).Where(pair => pair.Length == 2)
                    .ToDictionary(pair => pair[0].ToLowerInvariant(), pair => pair[1], StringComparer.Ordinal);
                if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || !facts.TryGetValue("type", out var type))
                    continue;
                if (type.Equals("dir", StringComparison.OrdinalIgnoreCase))
                    folders.Push(folder + name + "/");
                else if (type.Equals("file", StringComparison.OrdinalIgnoreCase) && facts.TryGetValue("size", out var size) && long.TryParse(size, out var bytes))
                    files[folder + name] = new RemoteFileState(bytes);
            }
        }
        return files;
    });

    public Task CompleteAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_session is { } session)
            await session.DisposeAsync();
        _session = null;
        _turn.Dispose();
    }

    /// <summary>Creates the folder and its parents, once per connection; CWD tells whether one exists already.</summary>
    private async Task CreateFoldersAsync(string folder, CancellationToken cancellationToken)
    {
        if (folder.Length == 0 || _folders.Contains(folder))
            return;
        await CreateFoldersAsync(folder[..folder.LastIndexOf('/')], cancellationToken);
        if (!(await Session.SendAsync("CWD " + folder, cancellationToken)).IsSuccess)
        {
            var made = await Session.SendAsync("MKD " + folder, cancellationToken);
            if (!made.IsSuccess && !(await Session.SendAsync("CWD " + folder, cancellationToken)).IsSuccess)
                throw new RemoteException($"{Where} refused to create the folder {folder}: {Scrub(made)}");
        }
        _folders.Add(folder);
    }

    private async Task CopyAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = await FtpSession.WithTimeoutAsync(Address.Host, token => from.ReadAsync(buffer, token).AsTask(), cancellationToken);
            if (read == 0)
                return;
            await FtpSession.WithTimeoutAsync(Address.Host, token => to.WriteAsync(buffer.AsMemory(0, read), token).AsTask(), cancellationToken);
        }
    }

    private async Task<T> TakeTurnAsync<T>(Func<Task<T>> operation)
    {
        await _turn.WaitAsync();
        try
        {
            if (_interrupted)
                throw new RemoteException($"the connection to {Where} was interrupted by an earlier failure");
            return await GuardAsync(operation);
        }
        catch (Exception error) when (error is not RemoteException || error.InnerException is not null)
        {
            // Cancelled, timed out or cut midway: a reply may still be on its way, and would answer the next command.
            _interrupted = true;
            throw;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>A dropped connection is something the owner can act on; a RemoteException passes as it is.</summary>
    private async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (Exception error) when (error is SocketException or IOException)
        {
            throw new RemoteException($"lost the connection to {Where}: {error.Message}", error);
        }
    }

    private Task<bool> GuardAsync(Func<Task> operation) => GuardAsync(async () =>
    {
        await operation();
        return true;
    });

    private void Expect(FtpReply reply, string what, params int[] codes)
    {
        if (!codes.Contains(reply.Code))
            throw new RemoteException($"{Where} {what} {Scrub(reply)}");
    }

    /// <summary>A reply as shown in a message, with the password taken out should a server ever echo it.</summary>
    private string Scrub(FtpReply reply) =>
        _credentials.Secrets.Aggregate(reply.ToString(), (text, secret) => text.Replace(secret, "***", StringComparison.Ordinal));

    /// <summary>The path in a 257 reply: <c>"/home/kris" is the current directory</c>, with "" for a quote inside.</summary>
    internal static string QuotedPath(string text)
    {
        var start = text.IndexOf('"', StringComparison.Ordinal);
        if (start < 0)
            return "/";
        var path = new System.Text.StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] != '"')
                path.Append(text[i]);
            else if (i + 1 < text.Length && text[i + 1] == '"')
                path.Append(text[++i]);
            else
                break;
        }
        return path.ToString();
    }
}
