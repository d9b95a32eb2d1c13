using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Build.Markdown;

/// <summary>
/// Maps a relative link written in an update (to another update's .md file, an image, a PDF) to the file it becomes
/// in the output, so writers link files as they see them in content/ and the links work wherever the site is served.
/// </summary>
public sealed class ContentLinks
{
    private readonly Dictionary<string, string> _outputByContentPath = new(StringComparer.Ordinal);

    /// <param name="folder">The folder of the language the pages are in ("en/"): links to updates stay in it, links to files (shared by every language) leave it.</param>
    public ContentLinks(SiteContent content, string folder = "")
    {
        foreach (var asset in content.Assets)
            _outputByContentPath[asset.OutputPath] = asset.OutputPath;
        foreach (var update in content.Updates)
            _outputByContentPath[update.SourcePath[(ContentLoader.ContentFolder.Length + 1)..]] = folder + update.OutputPath;
        // A link to a translation's file leads to the update in the reader's language, as a link to its original does.
        foreach (var translation in content.Translations)
            _outputByContentPath[translation.Text.SourcePath[(ContentLoader.ContentFolder.Length + 1)..]] = folder + translation.Original.OutputPath;
        Folder = folder;
    }

    /// <summary>The folder of the pages the links are made for.</summary>
    public string Folder { get; }

    public enum Result
    {
        NotContent,
        Resolved,
        Missing,
    }

    /// <summary>Resolves <paramref name="url"/> written in <paramref name="fromSource"/> for a page at <paramref name="fromOutput"/>.</summary>
    public Result TryResolve(string url, string fromSource, string fromOutput, out string resolved) =>
        TryResolve(url, fromSource, fromOutput, out resolved, out _);

    /// <param name="target">The content path looked up (found or not), or null when none was: what the result depends on.</param>
    public Result TryResolve(string url, string fromSource, string fromOutput, out string resolved, out string? target)
    {
        resolved = url;
        target = null;
        if (!IsRelativeFileLink(url))
            return Result.NotContent;

        var suffixStart = url.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(suffixStart < 0 ? url : url[..suffixStart]);
        var suffix = suffixStart < 0 ? "" : url[suffixStart..];

        var sourceDirectory = DirectoryOf(fromSource[(ContentLoader.ContentFolder.Length + 1)..]);
        target = Normalize(sourceDirectory, path);
        if (target is null || !_outputByContentPath.TryGetValue(target, out var output))
            return Result.Missing;

        resolved = Relative(DirectoryOf(fromOutput), output) + suffix;
        return Result.Resolved;
    }

    /// <summary>Content paths that resolve differently here than in <paramref name="previous"/>: added, removed, or moved to another output file.</summary>
    public IReadOnlySet<string> ChangedSince(ContentLinks previous)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, output) in _outputByContentPath)
        {
            if (!previous._outputByContentPath.TryGetValue(path, out var before) || before != output)
                changed.Add(path);
        }
        foreach (var path in previous._outputByContentPath.Keys)
        {
            if (!_outputByContentPath.ContainsKey(path))
                changed.Add(path);
        }
        return changed;
    }

    private static bool IsRelativeFileLink(string url) =>
        url.Length > 0 && url[0] is not ('#' or '/' or '?') && !url.Contains(':', StringComparison.Ordinal);

    private static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>Joins and removes '.' and '..'; null when the path climbs out of content/.</summary>
    private static string? Normalize(string directory, string path)
    {
        var parts = new List<string>();
        foreach (var part in (directory.Length == 0 ? path : directory + "/" + path).Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (parts.Count == 0)
                    return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>A relative, percent-encoded URL from a folder of the output to a file of the output.</summary>
    public static string Relative(string fromDirectory, string toFile)
    {
        var from = fromDirectory.Length == 0 ? [] : fromDirectory.Split('/');
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
            common++;
        var up = Enumerable.Repeat("..", from.Length - common);
        var down = to.Skip(common).Select(Uri.EscapeDataString);
        return string.Join('/', up.Concat(down));
    }
}
