using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// What publishing will do to one mirror, decided before anything is touched: data to print, test and apply.
/// <see cref="Uploads"/> are in the order they are applied; deletions follow the manifest.
/// </summary>
public sealed record PublishPlan(RemoteManifestState RemoteManifest, IReadOnlyList<PlannedUpload> Uploads, IReadOnlyList<string> Deletions, IReadOnlyList<string> Unchanged)
{
    /// <summary>
    /// Files the mirror's manifest calls up to date that are missing there or hold other bytes (a host's clean-up, a bad
    /// sector, tampering): uploaded again, and said so.
    /// </summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];

    /// <summary>Files the mirror does not have (by its manifest), or every file when its manifest could not be read.</summary>
    public IEnumerable<PlannedUpload> New => Uploads.Where(upload => !upload.Replaces);

    /// <summary>Files the mirror has with other bytes.</summary>
    public IEnumerable<PlannedUpload> Replacements => Uploads.Where(upload => upload.Replaces);

    public bool HasChanges => Uploads.Count > 0 || Deletions.Count > 0;

    public long UploadBytes => Uploads.Sum(upload => upload.Size);
}

/// <summary>One file to upload; <see cref="Replaces"/> when the mirror's manifest lists it with another hash.</summary>
public sealed record PlannedUpload(string Path, string Hash, long Size, bool Replaces, UploadGroup Group);

/// <summary>What the mirror's SHA256SUMS said, which decides whether anything may be deleted there.</summary>
public enum RemoteManifestState
{
    /// <summary>Read and understood: the plan is a difference.</summary>
    Read,

    /// <summary>No SHA256SUMS on the mirror (first publish, or a copy made by other means): upload everything, delete nothing.</summary>
    Missing,

    /// <summary>There, but not a manifest this tool can trust: upload everything, delete nothing.</summary>
    Unreadable,
}
