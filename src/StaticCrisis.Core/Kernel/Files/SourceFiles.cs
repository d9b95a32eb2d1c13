using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Kernel.Files;

/// <summary>
/// The only way the build looks into the site folder. Every entry is checked before anything opens it: a named pipe,
/// device or socket is never read (reading one waits for ever or never ends), and a symbolic link is followed only
/// when it ends inside the site folder, so no planted link can copy a file from elsewhere into the published site.
/// Each refusal is an error that names the entry.
/// </summary>
public sealed class SourceFiles
{
    private readonly string _siteRoot;
    private readonly string _realSiteRoot;

    public SourceFiles(string siteDirectory)
    {
        _siteRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDirectory));
        _realSiteRoot = RealPath.Of(_siteRoot) ?? _siteRoot;
    }

    /// <summary>True when the file may be read; otherwise why not is reported. A missing file is neither: false, unreported.</summary>
    public bool IsReadable(string fullPath, DiagnosticBag diagnostics)
    {
        var relative = RelativePath(fullPath);
        return Check(fullPath, relative, diagnostics) is FileKind.Regular;
    }

    /// <summary>Every readable file under <paramref name="folder"/>, sorted by path, without the entries <paramref name="ignore"/> names.</summary>
    /// <param name="ignore">Told each entry's name; true leaves it (and all inside it) out without looking at it.</param>
    public IReadOnlyList<SourceFile> Under(string folder, DiagnosticBag diagnostics, Func<string, bool>? ignore = null)
    {
        var found = new List<SourceFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(Path.GetFullPath(folder), found, visited, diagnostics, ignore);
        found.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return found;
    }

    private void Walk(string folder, List<SourceFile> found, HashSet<string> visited, DiagnosticBag diagnostics, Func<string, bool>? ignore)
    {
        // A folder reached twice (through a link to a parent) would be walked for ever.
        if (!visited.Add(RealPath.Of(folder) ?? folder))
            return;
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Problems.SourceUnreadable(RelativePath(folder), e.Message));
            return;
        }
        foreach (var entry in entries)
        {
            if (ignore?.Invoke(Path.GetFileName(entry)) == true)
                continue;
            var relative = RelativePath(entry);
            switch (Check(entry, relative, diagnostics))
            {
                case FileKind.Regular:
                    found.Add(new SourceFile(entry, relative));
                    break;
                case FileKind.Directory:
                    Walk(entry, found, visited, diagnostics, ignore);
                    break;
            }
        }
    }

    /// <summary>What the entry leads to (Regular or Directory when it may be used); anything else is reported here.</summary>
    private FileKind Check(string fullPath, string relative, DiagnosticBag diagnostics)
    {
        var kind = FileKinds.Of(fullPath);
        if (kind == FileKind.SymbolicLink)
        {
            var target = RealPath.Of(fullPath);
            if (target is null)
            {
                diagnostics.Add(Problems.SourceLinkBroken(relative, LinkText(fullPath)));
                return FileKind.Missing;
            }
            if (!RealPath.IsInside(target, _realSiteRoot))
            {
                diagnostics.Add(Problems.SourceLinkOutside(relative, target));
                return FileKind.Missing;
            }
            kind = FileKinds.Of(target);
        }
        switch (kind)
        {
            case FileKind.NamedPipe or FileKind.Device or FileKind.Socket:
                diagnostics.Add(Problems.SourceNotAFile(relative, FileKinds.Name(kind)));
                return FileKind.Missing;
            case FileKind.Regular when HasUnsafeName(relative):
                diagnostics.Add(Problems.SourceNameUnsafe(relative));
                return FileKind.Missing;
            default:
                return kind;
        }
    }

    /// <summary>
    /// Control characters (a line feed in a name could forge a line of SHA256SUMS, the file that is signed) and
    /// backslashes (a folder separator on Windows) have no place in the name of a file that is published.
    /// </summary>
    public static bool HasUnsafeName(string relativePath) =>
        relativePath.Any(c => char.IsControl(c) || c == '\\' || c is '\u2028' or '\u2029');

    private static string LinkText(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private string RelativePath(string fullPath) => Path.GetRelativePath(_siteRoot, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
