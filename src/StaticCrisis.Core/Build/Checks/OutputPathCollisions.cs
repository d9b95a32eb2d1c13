using StaticCrisis.Core.Build.Output;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Build.Checks;

/// <summary>
/// Files of content/ are copied to the same place in the output; one whose place is taken by a file the build makes
/// (a page, a feed, the stylesheet, SHA256SUMS or its signature) is an error, never a silently replaced or forged site file.
/// So is one that needs a folder where the build writes a file (<c>SHA256SUMS/x.png</c>), or that is a file where the build
/// needs a folder (<c>updates</c>): the output could not be written. Compared without regard to case: a mirror on Windows
/// or macOS would take <c>Index.html</c> for <c>index.html</c>.
/// </summary>
public static class OutputPathCollisions
{
    private static readonly string[] MadeAfterwards = [Sha256Sums.FileName, Sha256Sums.FileName + ".minisig", OutputFolderGuard.MarkerFile];

    public static IReadOnlyList<ContentAsset> Without(IReadOnlyList<OutputFile> made, IReadOnlyList<ContentAsset> assets, DiagnosticBag diagnostics)
    {
        var taken = new HashSet<string>(made.Select(file => file.Path).Concat(MadeAfterwards), StringComparer.OrdinalIgnoreCase);
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in taken)
        {
            foreach (var folder in FoldersOf(path))
                folders.TryAdd(folder, path);
        }
        var kept = new List<ContentAsset>(assets.Count);
        foreach (var asset in assets)
        {
            var shown = ContentLoader.ContentFolder + "/" + asset.OutputPath;
            if (taken.TryGetValue(asset.OutputPath, out var madePath))
                diagnostics.Add(Problems.AssetShadowsSiteFile(shown, madePath));
            else if (FoldersOf(asset.OutputPath).FirstOrDefault(taken.Contains) is { } file)
                diagnostics.Add(Problems.AssetInsideSiteFile(shown, taken.TryGetValue(file, out var madeFile) ? madeFile : file));
            else if (folders.TryGetValue(asset.OutputPath, out var inside))
                diagnostics.Add(Problems.AssetInPlaceOfSiteFolder(shown, inside));
            else
                kept.Add(asset);
        }
        return kept;
    }

    /// <summary>"a/b/c.png" lies in "a" and "a/b".</summary>
    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }
}
