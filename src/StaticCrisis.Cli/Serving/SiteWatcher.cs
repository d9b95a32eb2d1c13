namespace StaticCrisis.Cli.Serving;

/// <summary>
/// Watches site.yml, content/ and the themes (the site's themes/ and the theme folder in use), and calls back once a burst of
/// saves has settled, so an editor's write-rename-delete dance becomes one rebuild.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _settle;
    private readonly TimeSpan _quiet;

    public SiteWatcher(string siteDirectory, IEnumerable<string> themeDirectories, Action changed, TimeSpan quiet)
    {
        _quiet = quiet;
        _settle = new Timer(_ => changed());
        Watch(siteDirectory, "site.yml", recursive: false);
        Watch(Path.Combine(siteDirectory, "content"), "*", recursive: true);
        Watch(Path.Combine(siteDirectory, "themes"), "*", recursive: true);
        foreach (var theme in themeDirectories)
        {
            if (!IsInside(theme, Path.Combine(siteDirectory, "themes")))
                Watch(theme, "*", recursive: true);
        }
    }

    private void Watch(string directory, string filter, bool recursive)
    {
        if (!Directory.Exists(directory))
            return;
        var watcher = new FileSystemWatcher(directory, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, _) => Touch(); // overflow: rebuild rather than miss a change
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Touch();

    /// <summary>Every change restarts the quiet period; the callback runs once it has passed.</summary>
    private void Touch() => _settle.Change(_quiet, Timeout.InfiniteTimeSpan);

    private static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _settle.Dispose();
    }
}
