using StaticCrisis.Core.Content;
using StaticCrisis.Core.Diagnostics;
using StaticCrisis.Core.Integrity;

namespace StaticCrisis.Core.Output;

/// <summary>
/// Files of content/ are copied to the same place in the output; one whose place is taken by a file the build makes
/// (a page, a feed, the stylesheet, SHA256SUMS or its signature) is an error, never a silently replaced or forged site file.
/// Compared without regard to case: a mirror on Windows or macOS would take <c>Index.html</c> for <c>index.html</c>.
/// </summary>
public static class OutputPathCollisions
{
    private static readonly string[] MadeAfterwards = [Sha256Sums.FileName, Sha256Sums.FileName + ".minisig", OutputFolderGuard.MarkerFile];

    public static IReadOnlyList<ContentAsset> Without(IReadOnlyList<OutputFile> made, IReadOnlyList<ContentAsset> assets, DiagnosticBag diagnostics)
    {
        var taken = new HashSet<string>(made.Select(file => file.Path).Concat(MadeAfterwards), StringComparer.OrdinalIgnoreCase);
        var kept = new List<ContentAsset>(assets.Count);
        foreach (var asset in assets)
        {
            if (taken.TryGetValue(asset.OutputPath, out var madePath))
                diagnostics.Add(Problems.AssetShadowsSiteFile(ContentLoader.ContentFolder + "/" + asset.OutputPath, madePath));
            else
                kept.Add(asset);
        }
        return kept;
    }
}
