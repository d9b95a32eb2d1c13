using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Core.Content;

/// <summary>Finds and reads every file under <c>content/</c>; updates are parsed in parallel, reported in path order.</summary>
public static class ContentLoader
{
    public const string ContentFolder = "content";
    public const string UpdatesFolder = "content/updates";

    /// <summary>
    /// Updates larger than this are refused rather than rendered: a press update of 1 MB would be a novel, and at this size
    /// the worst shape of Markdown found still renders in under a second (bench/README.md).
    /// </summary>
    public const long MaxUpdateBytes = 1024 * 1024;

    /// <param name="cache">Updates of earlier builds in this process: unchanged files are not parsed again.</param>
    public static SiteContent Load(string siteDirectory, SiteConfig config, DiagnosticBag diagnostics, ParallelOptions? parallel = null, ParsedUpdateCache? cache = null)
    {
        var contentRoot = Path.Combine(siteDirectory, ContentFolder);
        if (!Directory.Exists(contentRoot))
            return new SiteContent([], []);

        var updateFiles = new List<(string FullPath, string RelativePath)>();
        var assets = new List<ContentAsset>();
        foreach (var (fullPath, relative) in new SourceFiles(siteDirectory).Under(contentRoot, diagnostics, IsIgnored))
        {
            if (relative.StartsWith(UpdatesFolder + "/", StringComparison.Ordinal) && IsMarkdown(fullPath))
                updateFiles.Add((fullPath, relative));
            else if (IsActiveContent(relative))
                diagnostics.Add(Problems.AssetIsActiveContent(relative));
            else
                assets.Add(new ContentAsset(fullPath, relative[(ContentFolder.Length + 1)..]));
        }

        var updates = new Update?[updateFiles.Count];
        Parallel.For(0, updateFiles.Count, parallel ?? new ParallelOptions(), i =>
        {
            var (fullPath, relative) = updateFiles[i];
            updates[i] = Read(fullPath, relative, config, diagnostics, cache);
        });
        cache?.KeepOnly(updateFiles.Select(file => file.RelativePath).ToHashSet(StringComparer.Ordinal));
        return new SiteContent([.. updates.OfType<Update>()], assets);
    }

    /// <summary>
    /// Files a browser runs when opened: copied as they are, a page or script among the content would run with the site's
    /// own address, where nothing the sanitizer checked can stop it.
    /// </summary>
    private static bool IsActiveContent(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml" or ".shtml" or ".js" or ".mjs";

    private static Update? Read(string fullPath, string relativePath, SiteConfig config, DiagnosticBag diagnostics, ParsedUpdateCache? cache)
    {
        var file = new FileInfo(fullPath);
        if (file.Length > MaxUpdateBytes)
        {
            diagnostics.Add(Problems.FileTooLarge(relativePath, file.Length, MaxUpdateBytes));
            return null;
        }
        if (cache is not null && cache.TryGetUnchanged(relativePath, file, diagnostics, out var unchanged))
            return unchanged;
        var readAt = DateTime.UtcNow;
        var bytes = File.ReadAllBytes(fullPath);
        Update? Parse(DiagnosticBag problems) =>
            SourceText.Decode(bytes, relativePath, problems) is { } text ? UpdateParser.Parse(relativePath, text, config, problems) : null;
        return cache is null ? Parse(diagnostics) : cache.GetOrParse(relativePath, file, readAt, bytes, Parse, diagnostics);
    }

    /// <summary>Hidden files and editors' leftovers (and everything in a hidden folder) are not part of the site.</summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.StartsWith('#') || name is "Thumbs.db" or "desktop.ini";

    private static bool IsMarkdown(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown";

    public static string RelativePath(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
