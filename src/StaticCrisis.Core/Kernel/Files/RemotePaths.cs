namespace StaticCrisis.Core.Kernel.Files;

/// <summary>Path rules every remote shares.</summary>
public static class RemotePaths
{
    private const string TemporarySuffix = ".staticcrisis-upload";

    /// <summary>
    /// The name a file is uploaded under before its rename into place: hidden, beside the target (so the rename stays
    /// within one folder) and the same on every run, so a run that was killed leaves nothing a later run does not overwrite.
    /// </summary>
    public static string TemporaryName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? $".{path}{TemporarySuffix}" : $"{path[..(slash + 1)]}.{path[(slash + 1)..]}{TemporarySuffix}";
    }

    /// <summary>A temporary name: <see cref="TemporaryName"/>, or it with the random tail a folder mirror adds.</summary>
    public static bool IsTemporary(string path) =>
        path.EndsWith(TemporarySuffix, StringComparison.Ordinal) || path.Contains(TemporarySuffix + "-", StringComparison.Ordinal);

    /// <summary>The folders a path lies in, outermost first: "a/b/c.html" gives "a", "a/b".</summary>
    public static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }

    /// <summary>A relative path as a URL path: each segment escaped, '/' kept.</summary>
    public static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The mirror's folder as an sftp, ftp or ftps server names it: the url's path is absolute as the account sees it,
    /// and <c>/~/x/</c> is <c>x/</c> under the account's home folder (where the server starts the session).
    /// </summary>
    public static string RootFolder(string addressPath, string home) =>
        addressPath.StartsWith("/~/", StringComparison.Ordinal) ? home.TrimEnd('/') + addressPath[2..] : addressPath;
}
