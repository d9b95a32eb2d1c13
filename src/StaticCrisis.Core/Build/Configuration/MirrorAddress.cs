using System.Collections.Specialized;
using System.Web;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Configuration;

/// <summary>
/// A mirror's <c>url</c> from site.yml, taken apart. Paths in sftp, ftp and ftps URLs are absolute as the account sees
/// them (<c>/~/</c> starts one under the home folder); the path always ends in '/'. Never holds a password.
/// </summary>
public sealed record MirrorAddress(MirrorProtocol Protocol, Uri Url, string Host, int? Port, string? User, string Path, NameValueCollection Query)
{
    private static readonly Dictionary<string, MirrorProtocol> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sftp"] = MirrorProtocol.Sftp,
        ["ftp"] = MirrorProtocol.Ftp,
        ["ftps"] = MirrorProtocol.Ftps,
        ["s3"] = MirrorProtocol.S3,
        ["webdav"] = MirrorProtocol.WebDav,
        ["webdavs"] = MirrorProtocol.WebDavs,
        ["git+https"] = MirrorProtocol.GitHttps,
        ["git+ssh"] = MirrorProtocol.GitSsh,
        ["git+file"] = MirrorProtocol.GitFile,
        ["file"] = MirrorProtocol.File,
    };

    public static IEnumerable<string> SchemeNames => Schemes.Keys;

    /// <summary>The port the protocol uses when the URL names none.</summary>
    public int DefaultPort => Protocol switch
    {
        MirrorProtocol.Sftp or MirrorProtocol.GitSsh => 22,
        MirrorProtocol.Ftp or MirrorProtocol.Ftps => 21,
        MirrorProtocol.WebDav => 80,
        _ => 443,
    };

    public int PortOrDefault => Port ?? DefaultPort;

    /// <summary>The address as it may be shown: the URL without any query secrets (there are none) and never a password.</summary>
    public override string ToString() => Url.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped);

    /// <summary>Parses a mirror URL; returns null with a reason a writer can act on.</summary>
    public static MirrorAddress? TryParse(string text, out Said? problem)
    {
        problem = null;
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0 || !Schemes.TryGetValue(text[..schemeEnd], out var protocol))
        {
            problem = new($"should start with one of {string.Join(", ", Schemes.Keys.Select(s => s + "://"))}", $"ska börja med en av {string.Join(", ", Schemes.Keys.Select(s => s + "://"))}");
            return null;
        }
        // Uri does not know schemes with '+'; parse the rest under a neutral scheme.
        if (!Uri.TryCreate("mirror" + text[schemeEnd..], UriKind.Absolute, out var uri))
        {
            problem = new("is not a valid address; write it as protocol://host/folder/", "är ingen giltig adress; skriv den som protokoll://server/mapp/");
            return null;
        }
        var userInfo = Uri.UnescapeDataString(uri.UserInfo);
        if (userInfo.Contains(':', StringComparison.Ordinal))
        {
            problem = new("contains a password; passwords never go in site.yml: set STATICCRISIS_MIRROR_<NAME>_PASSWORD instead", "innehåller ett lösenord; lösenord hör aldrig hemma i site.yml: sätt STATICCRISIS_MIRROR_<NAMN>_PASSWORD i stället");
            return null;
        }
        var isFolder = protocol is MirrorProtocol.File or MirrorProtocol.GitFile;
        if (!isFolder && uri.Host.Length == 0)
        {
            problem = new("has no host name; write it as protocol://host/folder/", "saknar servernamn; skriv den som protokoll://server/mapp/");
            return null;
        }
        if (isFolder && uri.Host.Length > 0)
        {
            problem = new("should name a folder as file:///path/to/folder/ (three slashes)", "ska ange en mapp som file:///sökväg/till/mapp/ (tre snedstreck)");
            return null;
        }
        var query = HttpUtility.ParseQueryString(uri.Query);
        if (protocol == MirrorProtocol.S3 && query["endpoint"] is { } endpoint
            && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var endpointUri) && endpointUri.Scheme is "http" or "https" && endpointUri.Host.Length > 0))
        {
            problem = new("has an endpoint that is not an http(s) address such as endpoint=https://s3.example.net", "har en endpoint som inte är en http(s)-adress som endpoint=https://s3.example.net");
            return null;
        }
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (!path.EndsWith('/'))
            path += "/";
        return new MirrorAddress(
            protocol,
            new Uri(text),
            uri.Host,
            uri.IsDefaultPort || uri.Port < 0 ? null : uri.Port,
            userInfo.Length == 0 ? null : userInfo,
            path,
            query);
    }
}
