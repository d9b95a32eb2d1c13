using StaticCrisis.Core.Build;

namespace StaticCrisis.Core.Publishing;

/// <summary>What <c>publish</c> is asked to do; the build's part is a <see cref="BuildRequest"/>.</summary>
/// <param name="Mirrors">Names of the mirrors to publish to (any case); empty for all of them.</param>
/// <param name="DryRun">Plan every mirror and stop before anything is touched.</param>
/// <param name="MaxDeletes">More deletions than this on one mirror stops every mirror.</param>
/// <param name="NoBuild">Publish the output as it is, without building first.</param>
public sealed record PublishRequest(BuildRequest Build, IReadOnlyList<string> Mirrors, bool DryRun = false, int MaxDeletes = PublishRequest.DefaultMaxDeletes, bool NoBuild = false)
{
    public const int DefaultMaxDeletes = 100;

    /// <summary>With 'review' required in site.yml: publish what no second person approved, for this reason, which is recorded.</summary>
    public string? ForceWithoutReview { get; init; }

    /// <summary>Who publishes, as the records of a forced publish name them.</summary>
    public string Person { get; init; } = Environment.UserName;
}
