using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// A <c>webdav://</c> (http) or <c>webdavs://</c> (https) mirror, on plain HTTP requests: PUT to the temporary name,
/// MOVE over the target with <c>Overwrite: T</c>, MKCOL for each new folder (servers differ on a PUT into a missing
/// folder: 409 on Apache, 404 elsewhere, so folders are made first), DELETE. Nothing depends on <c>Depth: infinity</c>
/// (often refused) or on ETags (not every server keeps them stable). Basic login with the URL's user and the password
/// from the environment; https certificates are checked against the system's trust store.
/// </summary>
public sealed class WebDavRemote : IRemote
{
    private static readonly HttpMethod PropFind = new("PROPFIND");
    private static readonly HttpMethod MakeCollection = new("MKCOL");
    private static readonly HttpMethod Move = new("MOVE");

    private readonly MirrorDefinition _mirror;
    private readonly MirrorCredentials _credentials;
    private readonly Uri _root;
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    /// <summary>Folders known to exist on the server in this run, so each is made at most once.</summary>
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public WebDavRemote(MirrorDefinition mirror, MirrorCredentials credentials)
    {
        _mirror = mirror;
        _credentials = credentials;
        var address = mirror.Address;
        var scheme = address.Protocol == MirrorProtocol.WebDavs ? "https" : "http";
        var rootPath = "/" + RemotePaths.Escape(address.Path.Trim('/'));
        _root = new Uri(new UriBuilder(scheme, address.Host, address.PortOrDefault, rootPath.EndsWith('/') ? rootPath : rootPath + "/").Uri.AbsoluteUri);
    }

    /// <summary>Where the mirror is, as it may be shown: no user, no password.</summary>
    private string Where => _root.GetLeftPart(UriPartial.Authority);

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_mirror.Address.User is { } user)
        {
            if (_credentials.Password is not { } password)
                throw new RemoteException($"no password for {user}: set {MirrorCredentials.PasswordVariable(_mirror.Name)}");
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }
        using var probe = new HttpRequestMessage(PropFind, _root);
        probe.Headers.Add("Depth", "0");
        using var response = await SendAsync(probe, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            // The site's own folder may be new, but not its parent: a typing error in the URL should not make folders.
            await MakeFolderAsync(_root, cancellationToken);
            return;
        }
        // A WebDAV folder answers 207 Multi-Status; a plain web server may answer 200 with a page, or 405.
        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented)
            throw new RemoteException($"{_root} does not speak WebDAV (PROPFIND answered HTTP {(int)response.StatusCode}, not 207); is the address right?");
        EnsureSuccess(response, "PROPFIND", Uri.UnescapeDataString(_root.AbsolutePath));
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address(path));
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        EnsureSuccess(response, "GET", path);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public async Task UploadAsync(string path, string localFile, CancellationToken cancellationToken)
    {
        foreach (var folder in RemotePaths.Folders(path))
        {
            if (!_folders.ContainsKey(folder))
            {
                await MakeFolderAsync(Address(folder + "/"), cancellationToken);
                _folders[folder] = true;
            }
        }

        var temporary = RemotePaths.TemporaryName(path);
        await using (var file = File.OpenRead(localFile))
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, Address(temporary)) { Content = new StreamContent(file) };
            put.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentTypes.For(path));
            using var response = await SendAsync(put, cancellationToken);
            EnsureSuccess(response, "PUT", temporary);
        }

        using var move = new HttpRequestMessage(Move, Address(temporary));
        move.Headers.Add("Destination", Address(path).AbsoluteUri);
        move.Headers.Add("Overwrite", "T");
        using (var response = await SendAsync(move, cancellationToken))
            EnsureSuccess(response, "MOVE", path);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Address(path));
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
            EnsureSuccess(response, "DELETE", path);
    }

    /// <summary>Every file under the mirror's folder with its size, folder by folder (PROPFIND with Depth: 1).</summary>
    public async Task<IReadOnlyDictionary<string, RemoteFileState>?> ListAsync(CancellationToken cancellationToken)
    {
        System.Xml.Linq.XNamespace dav = "DAV:";
        var files = new Dictionary<string, RemoteFileState>(StringComparer.Ordinal);
        var folders = new Stack<string>();
        folders.Push("");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            if (!seen.Add(folder))
                continue;
            using var request = new HttpRequestMessage(PropFind, folder.Length == 0 ? _root : Address(folder));
            request.Headers.Add("Depth", "1");
            request.Content = new StringContent("""<?xml version="1.0"?><propfind xmlns="DAV:"><prop><resourcetype/><getcontentlength/></prop></propfind>""", Encoding.UTF8, "application/xml");
            using var response = await SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
                continue;
            EnsureSuccess(response, "PROPFIND", folder);
            // The server's XML: no DTD is processed (XmlReader's default), so no entity can expand.
            var answer = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            foreach (var entry in answer.Descendants(dav + "response"))
            {
                if (entry.Element(dav + "href")?.Value is not { } href || !Uri.TryCreate(_root, href, out var at))
                    continue;
                var rootPath = Uri.UnescapeDataString(_root.AbsolutePath);
                var entryPath = Uri.UnescapeDataString(at.AbsolutePath);
                if (!entryPath.StartsWith(rootPath, StringComparison.Ordinal) || entryPath.Length == rootPath.Length)
                    continue; // the folder itself, or something outside the mirror
                var relative = entryPath[rootPath.Length..];
                if (entry.Descendants(dav + "collection").Any())
                    folders.Push(relative.EndsWith('/') ? relative : relative + "/");
                else if (Sha256Sums.IsSafePath(relative) && long.TryParse(entry.Descendants(dav + "getcontentlength").FirstOrDefault()?.Value, out var size))
                    files[relative] = new RemoteFileState(size);
            }
        }
        return files;
    }

    public Task CompleteAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private Uri Address(string path) => new(_root, RemotePaths.Escape(path));

    /// <summary>MKCOL; a folder that is already there (405, or 301 to its slash form on some servers) is fine.</summary>
    private async Task MakeFolderAsync(Uri folder, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(MakeCollection, folder);
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.MovedPermanently)
            return;
        var shown = Uri.UnescapeDataString(folder.AbsolutePath);
        if (response.StatusCode == HttpStatusCode.Conflict)
            throw new RemoteException($"cannot make the folder {shown} on {Where}: its parent folder does not exist");
        EnsureSuccess(response, "MKCOL", shown);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new RemoteException($"cannot reach {Where}: {Reason(e)}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RemoteException($"{Where} did not answer in time", e);
        }
    }

    /// <summary>The innermost message says the most (a refused connection, a certificate the system does not trust).</summary>
    private static string Reason(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
            messages.Add(e.Message);
        return string.Join(": ", messages.Distinct());
    }

    private void EnsureSuccess(HttpResponseMessage response, string method, string path)
    {
        if (response.IsSuccessStatusCode)
            return;
        var code = (int)response.StatusCode;
        throw new RemoteException(response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => _mirror.Address.User is { } user
                ? $"login refused by {Where} for {user}: check the user in the url and {MirrorCredentials.PasswordVariable(_mirror.Name)}"
                : $"login refused by {Where}: put the user in the url (webdavs://user@host/…) and set {MirrorCredentials.PasswordVariable(_mirror.Name)}",
            HttpStatusCode.Forbidden => $"{Where} forbids {method} {path} (HTTP 403): may the account write there?",
            HttpStatusCode.InsufficientStorage => $"{Where} has no space left for {path} (HTTP 507)",
            _ => $"{method} {path} failed on {Where}: HTTP {code} {response.ReasonPhrase}",
        });
    }
}
