namespace StaticCrisis.Core.Integrity;

/// <summary>Where a copy of the site is, as <c>verify</c> is given it: a web address, a file:// address or a folder.</summary>
public static class CopyAddress
{
    /// <summary>The copy's folder address, always ending in '/'; the manifest's own address is taken for its folder. Null when it is none of the three.</summary>
    /// <remarks>A folder path (a USB stick) or a file:// address is read from disk, as a web address is over HTTP.</remarks>
    public static Uri? Parse(string address)
    {
        address = address.Trim();
        if (!address.Contains("://", StringComparison.Ordinal) && Directory.Exists(address))
            return new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(address)) + "/");
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
            return null;
        if (uri.IsFile)
            return Directory.Exists(uri.LocalPath) || uri.LocalPath.EndsWith("/" + Sha256Sums.FileName, StringComparison.Ordinal)
                ? new Uri(uri.LocalPath.EndsWith("/" + Sha256Sums.FileName, StringComparison.Ordinal) ? uri.LocalPath[..^Sha256Sums.FileName.Length] : Path.TrimEndingDirectorySeparator(uri.LocalPath) + "/")
                : null;
        if ((uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
            return null;
        var path = uri.AbsolutePath;
        if (path.EndsWith("/" + Sha256Sums.FileName, StringComparison.Ordinal))
            path = path[..^Sha256Sums.FileName.Length];
        else if (!path.EndsWith('/'))
            path += "/";
        return new UriBuilder(uri) { Path = path, Query = "", Fragment = "" }.Uri;
    }
}
