using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Site;

/// <summary>Which updates are on the site: drafts and updates dated after the build only when asked for.</summary>
public sealed record PublishingRules(DateTimeOffset Now, bool IncludeDrafts, bool IncludeFuture)
{
    public bool IsPublished(Update update) =>
        (IncludeDrafts || !update.Draft) && (IncludeFuture || update.Date <= Now);
}
