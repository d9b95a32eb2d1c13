using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Site;

/// <summary>Which updates are on the site: drafts and updates dated after the build only when asked for.</summary>
public sealed record PublishingRules(DateTimeOffset Now, bool IncludeDrafts, bool IncludeFuture)
{
    public bool IsPublished(Update update) =>
        (IncludeDrafts || !update.Draft) && (IncludeFuture || update.Date <= Now);

    /// <summary>Why an update is not on the site, or null when it is: nothing a writer wrote is left out without saying so.</summary>
    public UnpublishedUpdate? WhyNot(Update update) =>
        IsPublished(update) ? null : new UnpublishedUpdate(update.SourcePath, !IncludeDrafts && update.Draft, update.Date, update.Date - Now);
}

/// <summary>An update left out of the site: a draft, dated after the build (<see cref="Ahead"/> is then positive), or both.</summary>
public sealed record UnpublishedUpdate(string SourcePath, bool IsDraft, DateTimeOffset Date, TimeSpan Ahead)
{
    public bool IsFuture => Ahead > TimeSpan.Zero;
}
