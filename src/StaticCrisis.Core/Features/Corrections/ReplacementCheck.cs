using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Features.Corrections;

/// <summary>
/// 'replaces:' names an earlier update this one corrects: it must exist, be another and earlier update, and be replaced
/// once (a second correction replaces the first, not the original), so the earlier page links forward to exactly one.
/// </summary>
public static class ReplacementCheck
{
    public static void Validate(SiteContent content, DiagnosticBag diagnostics)
    {
        var bySlug = new Dictionary<string, Update>(StringComparer.Ordinal);
        foreach (var update in content.Updates)
            bySlug.TryAdd(update.Slug, update);
        var replacedBy = new Dictionary<string, Update>(StringComparer.Ordinal);
        foreach (var update in content.Updates.Where(update => update.Replaces is not null).OrderBy(update => update.Date).ThenBy(update => update.SourcePath, StringComparer.Ordinal))
        {
            var at = update.Keys.GetValueOrDefault("replaces", new SourceLocation(update.SourcePath));
            var slug = update.Replaces!;
            if (!bySlug.TryGetValue(slug, out var earlier))
                diagnostics.Add(Problems.ReplacesUnknown(at, slug, Suggestions.Nearest(slug, bySlug.Keys)));
            else if (ReferenceEquals(earlier, update))
                diagnostics.Add(Problems.ReplacesItself(at));
            else if (earlier.Date > update.Date)
                diagnostics.Add(Problems.ReplacesLater(at, earlier.SourcePath));
            else if (replacedBy.TryGetValue(slug, out var first))
                diagnostics.Add(Problems.ReplacedTwice(at, earlier.SourcePath, first.SourcePath));
            else
                replacedBy[slug] = update;
        }
    }
}
