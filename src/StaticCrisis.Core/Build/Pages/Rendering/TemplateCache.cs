namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>
/// Where compiled templates are kept between runs, so a build with an unchanged theme never starts the C# compiler
/// (about 1.5 s of every run otherwise). One folder per tool build and per template contents: a new tool version or
/// an edited template gets a fresh folder, and nothing compiled against old model types is ever loaded.
/// </summary>
public static class TemplateCache
{
    /// <summary>STATICCRISIS_CACHE, else $XDG_CACHE_HOME/staticcrisis, else ~/.cache/staticcrisis; null when none can be used.</summary>
    public static string? Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("STATICCRISIS_CACHE");
            if (!string.IsNullOrWhiteSpace(configured))
                return configured == "off" ? null : configured;
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (!string.IsNullOrWhiteSpace(xdg))
                return Path.Combine(xdg, "staticcrisis");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "staticcrisis");
        }
    }

    private const string CompleteMarker = ".complete";

    /// <summary>The folder for one theme's compiled templates (it may not exist yet); null when the cache is off.</summary>
    public static string? FolderFor(string templatesFingerprint)
    {
        if (Root is not { } root)
            return null;
        var toolBuild = typeof(TemplateCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16];
        return Path.Combine(root, "templates", toolBuild, templatesFingerprint[..32]);
    }

    /// <summary>True when another run finished compiling into the folder: only then is it read.</summary>
    public static bool IsComplete(string folder) => File.Exists(Path.Combine(folder, CompleteMarker));

    /// <summary>A folder unused this long is removed the next time a theme is compiled.</summary>
    public static readonly TimeSpan KeptUnused = TimeSpan.FromDays(30);

    /// <summary>
    /// Notes that a finished folder was read, at most once a day, so <see cref="Prune"/> keeps what is in use: its marker's
    /// time is when it was last used.
    /// </summary>
    public static void MarkUsed(string folder)
    {
        try
        {
            var marker = Path.Combine(folder, CompleteMarker);
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(marker) > TimeSpan.FromDays(1))
                File.SetLastWriteTimeUtc(marker, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Removes what no build reads any more: folders of older tool builds and of templates since changed, unused for
    /// <see cref="KeptUnused"/>, and staging folders a killed run left behind. Run only after compiling a theme, which is
    /// rare and slow anyway, so an ordinary build never pays for it.
    /// </summary>
    public static void Prune(DateTime now)
    {
        if (Root is not { } root || !Directory.Exists(Path.Combine(root, "templates")))
            return;
        try
        {
            foreach (var toolBuild in Directory.EnumerateDirectories(Path.Combine(root, "templates")))
            {
                foreach (var folder in Directory.EnumerateDirectories(toolBuild))
                {
                    var staging = Path.GetFileName(folder).Contains(".tmp-", StringComparison.Ordinal);
                    var lastUsed = staging ? Directory.GetLastWriteTimeUtc(folder) : File.GetLastWriteTimeUtc(Path.Combine(folder, CompleteMarker));
                    // A staging folder older than a day belongs to no running compile; a folder without its marker is one.
                    if (now - lastUsed > (staging ? TimeSpan.FromDays(1) : KeptUnused))
                        Discard(folder);
                }
                if (!Directory.EnumerateFileSystemEntries(toolBuild).Any())
                    Directory.Delete(toolBuild);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run pruning or compiling at the same time: what is left goes next time.
        }
    }

    /// <summary>
    /// A private folder beside <paramref name="folder"/> to compile into, so two processes compiling the same theme
    /// never write the same files; null when the cache location is not writable.
    /// </summary>
    public static string? NewStaging(string folder)
    {
        try
        {
            var staging = folder + ".tmp-" + Guid.NewGuid().ToString("N");
            Directory.CreateDirectory(staging);
            return staging;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Moves a finished staging folder into place in one rename; if another run got there first, ours is dropped.</summary>
    public static void Publish(string staging, string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(staging, CompleteMarker), "");
            Directory.Move(staging, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(staging);
        }
    }

    public static void Discard(string staging)
    {
        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
