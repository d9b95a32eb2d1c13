using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build;

/// <summary>How a build went: its problems, and what it wrote.</summary>
public sealed record BuildResult(DiagnosticBag Diagnostics, bool Succeeded, BuildStatistics? Statistics, string? OutputDirectory, Uri? BaseUrl = null)
{
    /// <summary>Every file of the site a successful build made, written or not (serve keeps them in memory).</summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];

    /// <summary>What a build that rendered on request (<see cref="BuildMode.Preview"/>) left to do; else null.</summary>
    public RemainingSteps? Remaining { get; init; }

    public static BuildResult Failed(DiagnosticBag diagnostics, string? outputDirectory = null) => new(diagnostics, false, null, outputDirectory);
}

public sealed record BuildStatistics(int Updates, int Pages, int Files, int FeedItems, TimeSpan Elapsed)
{
    /// <summary>Time spent in each step of the pipeline, in order, for --verbose output and benchmarks.</summary>
    public IReadOnlyList<(BuildStep Step, TimeSpan Elapsed)> Steps { get; init; } = [];

    /// <summary>The updates that are not on the site, and why, in path order.</summary>
    public IReadOnlyList<UnpublishedUpdate> Unpublished { get; init; } = [];

    /// <summary>For a site in several languages: what each language still lacks (the main language first).</summary>
    public IReadOnlyList<Features.Languages.LanguageReport> Languages { get; init; } = [];
}
