using StaticCrisis.Core.Build.Markdown;

namespace StaticCrisis.Core.Site;

/// <summary>The order of every list of updates: newest date first; equal times by source path, so builds are deterministic.</summary>
public sealed class NewestFirst : IComparer<RenderedUpdate>
{
    public static readonly NewestFirst Instance = new();

    public int Compare(RenderedUpdate? x, RenderedUpdate? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        var byDate = y.Update.Date.UtcDateTime.CompareTo(x.Update.Date.UtcDateTime);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Update.SourcePath, y.Update.SourcePath);
    }
}
