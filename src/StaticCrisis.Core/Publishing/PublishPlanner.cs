using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// Compares the built site with a mirror's manifest by SHA-256 (never size or time: a same-size edit must upload).
/// Knows nothing of protocols: bytes in, a <see cref="PublishPlan"/> out.
/// </summary>
public static class PublishPlanner
{
    /// <param name="remoteManifest">The mirror's SHA256SUMS, or null when it has none.</param>
    /// <param name="remoteSignature">The mirror's SHA256SUMS.minisig, or null when it has none.</param>
    /// <param name="listing">What the mirror really holds (<see cref="IRemote.ListAsync"/>), or null when it cannot tell.</param>
    public static PublishPlan Plan(LocalCopy local, byte[]? remoteManifest, byte[]? remoteSignature, IReadOnlyDictionary<string, RemoteFileState>? listing = null)
    {
        var remote = remoteManifest is null ? null : Sha256Sums.Parse(System.Text.Encoding.UTF8.GetString(remoteManifest));
        var state = remoteManifest is null ? RemoteManifestState.Missing : remote is null ? RemoteManifestState.Unreadable : RemoteManifestState.Read;

        var uploads = new List<PlannedUpload>();
        var unchanged = new List<string>();
        var repairs = new List<string>();
        foreach (var file in local.Files)
        {
            string? remoteHash = null;
            var listed = remote is not null && remote.TryGetValue(file.Path, out remoteHash);
            if (listed && remoteHash == file.Hash && Holds(listing, file))
                unchanged.Add(file.Path);
            else
            {
                if (listed && remoteHash == file.Hash)
                    repairs.Add(file.Path);
                uploads.Add(new PlannedUpload(file.Path, file.Hash, file.Size, listed, GroupOf(file.Path)));
            }
        }
        // An empty listing is never proof that a mirror is empty: without a manifest we trust, nothing is deleted.
        var localPaths = local.Files.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        List<string> deletions = remote is null ? [] : [.. remote.Keys.Where(path => !localPaths.Contains(path))];

        // The signature and the manifest change together; either differing bytes (or any change at all) writes both.
        var manifestDiffers = remoteManifest is null || !remoteManifest.AsSpan().SequenceEqual(local.Manifest);
        var signatureDiffers = local.Signature is not null && (remoteSignature is null || !remoteSignature.AsSpan().SequenceEqual(local.Signature));
        var manifestDamaged = listing is not null && (!Holds(listing, Sha256Sums.FileName, local.Manifest) || local.Signature is { } signed && !Holds(listing, LocalCopy.SignatureFileName, signed));
        var writeManifest = uploads.Count > 0 || deletions.Count > 0 || manifestDiffers || signatureDiffers || manifestDamaged;
        if (writeManifest && local.Signature is not null)
            uploads.Add(ManifestFile(LocalCopy.SignatureFileName, local.Signature, remoteSignature is not null, UploadGroup.Signature));
        if (writeManifest)
            uploads.Add(ManifestFile(Sha256Sums.FileName, local.Manifest, state == RemoteManifestState.Read, UploadGroup.Manifest));
        // A signature left from an earlier, signed publish would not match the new manifest.
        if (local.Signature is null && remoteSignature is not null)
            deletions.Add(LocalCopy.SignatureFileName);

        return new PublishPlan(
            state,
            [.. uploads.OrderBy(upload => upload.Group).ThenBy(upload => upload.Path, StringComparer.Ordinal)],
            [.. deletions.Order(StringComparer.Ordinal)],
            unchanged)
        { Repairs = repairs };
    }

    /// <summary>True when the listing (if any) shows the file with its size, and its hash where the listing has hashes.</summary>
    private static bool Holds(IReadOnlyDictionary<string, RemoteFileState>? listing, LocalFile file) =>
        listing is null || listing.TryGetValue(file.Path, out var state) && state.Size == file.Size && (state.Sha256 is null || state.Sha256 == file.Hash);

    private static bool Holds(IReadOnlyDictionary<string, RemoteFileState> listing, string path, byte[] bytes) =>
        Holds(listing, new LocalFile(path, Sha256Sums.HashOf(bytes), bytes.Length));

    /// <summary>Which group a path's file is uploaded with; see <see cref="UploadGroup"/>.</summary>
    public static UploadGroup GroupOf(string path)
    {
        if (path == Sha256Sums.FileName)
            return UploadGroup.Manifest;
        if (path == LocalCopy.SignatureFileName)
            return UploadGroup.Signature;
        if (path == "index.html")
            return UploadGroup.HomePage;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" when path.StartsWith("updates/", StringComparison.Ordinal) => UploadGroup.UpdatePage,
            ".html" => UploadGroup.Page,
            // A schema describes a listing and links to nothing.
            ".json" when path.EndsWith(".schema.json", StringComparison.Ordinal) => UploadGroup.Asset,
            ".xml" or ".atom" or ".json" => UploadGroup.FeedOrListing,
            _ => UploadGroup.Asset,
        };
    }

    private static PlannedUpload ManifestFile(string path, byte[] bytes, bool replaces, UploadGroup group) =>
        new(path, Sha256Sums.HashOf(bytes), bytes.Length, replaces, group);
}
