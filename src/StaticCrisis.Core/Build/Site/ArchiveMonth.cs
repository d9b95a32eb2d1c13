using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Features.Cap;

namespace StaticCrisis.Core.Build.Site;

/// <summary>One month of the archive, in the site's time zone.</summary>
public sealed record ArchiveMonth(DateOnly Month, IReadOnlyList<RenderedUpdate> Updates)
{
    public string Id => $"m{Month.Year:D4}-{Month.Month:D2}";
}
