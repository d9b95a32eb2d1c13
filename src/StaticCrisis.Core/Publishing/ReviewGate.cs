using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Features.Review;
using StaticCrisis.Core.Features.Review.Settings;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// What publish lets out when site.yml requires review: every update that is not a draft (also one dated ahead, which
/// comes out later by itself) must be approved as it is now, or have been published before with a recorded reason.
/// </summary>
public static class ReviewGate
{
    /// <summary>The update files that may not go out, with their text, in path order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Unreviewed(string siteDirectory, SiteConfig config, ReviewSettings settings)
    {
        var records = new ReviewRecords(siteDirectory);
        var content = ContentLoader.Load(siteDirectory, config, new DiagnosticBag());
        return [.. content.Updates.Where(update => !update.Draft)
            .Select(update => (update.SourcePath, Text: File.ReadAllText(Path.Combine(siteDirectory, update.SourcePath))))
            .Where(update => !ReviewStatus.Of(records, settings, update.SourcePath, update.Text).MayPublish)
            .OrderBy(update => update.SourcePath, StringComparer.Ordinal)];
    }
}
