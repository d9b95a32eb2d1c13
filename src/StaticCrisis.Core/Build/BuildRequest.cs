using StaticCrisis.Core.Integrity;

namespace StaticCrisis.Core.Build;

/// <summary>What to build, and how.</summary>
public sealed record BuildRequest
{
    /// <summary>The folder holding site.yml and content/.</summary>
    public required string SiteDirectory { get; init; }

    /// <summary>Where to write; default: 'outputDir' of site.yml, relative to the site folder.</summary>
    public string? OutputDirectory { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Replaces site.yml's baseUrl, e.g. for a preview host.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Warnings fail the build too.</summary>
    public bool Strict { get; init; }

    /// <summary>Write (the default), Check or Preview.</summary>
    public BuildMode Mode { get; init; } = BuildMode.Write;

    /// <summary>How many cores the build may use at once; 1 builds strictly one thing after another (same output, byte for byte).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Told at each step and as items are rendered; called from worker threads, so it must be thread-safe.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>The site's secret key, already decrypted: when given, the build also writes SHA256SUMS.minisig.</summary>
    public MinisignSecretKey? SigningKey { get; init; }

    /// <summary>The time the signature names (SOURCE_DATE_EPOCH when set); default: the newest update's, never the clock.</summary>
    public DateTimeOffset? SignatureTime { get; init; }

    /// <summary>What earlier builds in this process left to reuse (serve); null builds everything afresh.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>How long to wait for another build or publish that holds the output folder before giving up.</summary>
    public TimeSpan OutputLockWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The moment that decides which updates are "in the future".</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;
}
