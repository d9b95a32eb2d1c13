namespace StaticCrisis.Core.Kernel.Text;

/// <summary>
/// The one scheme check for every address that reaches a page or a feed, from a body (links, images, autolinks, raw HTML)
/// or from site.yml (contacts, help numbers, mirrors, the hub, the base address).
/// </summary>
public static class SafeUrls
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Relative URLs and a few schemes are safe; browsers ignore tabs, newlines and leading spaces in a scheme, so do we.</summary>
    public static bool IsSafe(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return true;
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        if (firstSeparator >= 0 && firstSeparator < colon)
            return true; // a colon after the path starts, as in "a/b:c"
        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An address that leads to another host (http:, https: or protocol-relative //host): what a page must not load.</summary>
    public static bool IsOnAnotherHost(string url)
    {
        var trimmed = url.Trim();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith(@"\\", StringComparison.Ordinal)
            || Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
    }

    /// <summary>
    /// An absolute http(s) address with a host and no user name or password in it: what site.yml's addresses must be,
    /// since each is printed on pages or in feeds for anyone to read.
    /// </summary>
    public static bool IsPublicWebAddress(string value, out Uri uri) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out uri!)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    /// <summary>True when the address carries a user name or password (https://user:secret@host/).</summary>
    public static bool HasCredentials(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
