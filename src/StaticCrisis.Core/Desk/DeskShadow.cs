namespace StaticCrisis.Core.Desk;

/// <summary>
/// A copy of the site in a private temporary folder, where the desk builds what the writer has not saved yet: the
/// build's own checks and the real theme run on the draft, and the site folder is never touched until Save. Kept in
/// step with the site by size and time before each check, so only what changed is copied.
/// </summary>
public sealed class DeskShadow : IDisposable
{
    private static readonly string[] Folders = ["content", "themes", "templates"];

    private readonly string _site;

    public DeskShadow(string siteDirectory)
    {
        _site = Path.GetFullPath(siteDirectory);
        Directory = Path.Combine(Path.GetTempPath(), "staticcrisis-desk-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>The copy's folder: a site folder the build reads like any other.</summary>
    public string Directory { get; }

    /// <summary>Brings the copy in step with the site, then puts <paramref name="draft"/> in place of the file at <paramref name="relativePath"/>.</summary>
    public void Prepare(string relativePath, string draft)
    {
        Sync();
        var target = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, draft);
    }

    /// <summary>site.yml and the folders a build reads; only ordinary files (links and pipes are the build's to refuse in the site itself).</summary>
    public void Sync()
    {
        CopyIfChanged(Path.Combine(_site, "site.yml"), Path.Combine(Directory, "site.yml"));
        foreach (var folder in Folders)
        {
            var from = Path.Combine(_site, folder);
            var to = Path.Combine(Directory, folder);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (System.IO.Directory.Exists(from))
            {
                foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
                {
                    var relative = Path.GetRelativePath(from, file);
                    seen.Add(relative);
                    CopyIfChanged(file, Path.Combine(to, relative));
                }
            }
            if (!System.IO.Directory.Exists(to))
                continue;
            foreach (var stale in System.IO.Directory.EnumerateFiles(to, "*", SearchOption.AllDirectories).Where(file => !seen.Contains(Path.GetRelativePath(to, file))).ToList())
                File.Delete(stale);
        }
    }

    private static void CopyIfChanged(string from, string to)
    {
        var source = new FileInfo(from);
        if (!source.Exists || source.LinkTarget is not null)
            return;
        var target = new FileInfo(to);
        if (target.Exists && target.Length == source.Length && target.LastWriteTimeUtc == source.LastWriteTimeUtc)
            return;
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
        File.SetLastWriteTimeUtc(to, source.LastWriteTimeUtc);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is the system's to clean.
        }
    }
}
