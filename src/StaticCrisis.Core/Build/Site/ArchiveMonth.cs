using StaticCrisis.Core.Build.Markdown;

namespace StaticCrisis.Core.Site;

/// <summary>One month of the archive, in the site's time zone.</summary>
public sealed record ArchiveMonth(DateOnly Month, IReadOnlyList<RenderedUpdate> Updates)
{
    public string Id => $"m{Month.Year:D4}-{Month.Month:D2}";
}
