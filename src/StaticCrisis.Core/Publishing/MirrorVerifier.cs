using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// After publishing, reads a mirror back the way residents do (over HTTP(S) at its public address): its SHA256SUMS must
/// be the one just published and every file that changed must have the published hash. Catches a host that serves a
/// stale cache, a wrong folder or altered bytes.
/// </summary>
public static class MirrorVerifier
{
    public static async Task<MirrorVerification> VerifyAsync(HttpClient http, Uri publicUrl, LocalCopy local, PublishPlan plan, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (manifest, manifestProblem) = await CopyVerifier.FetchManifestAsync(http, publicUrl, cancellationToken);
        if (manifest is null)
            problems.Add($"{Sha256Sums.FileName}: {manifestProblem}");
        else if (manifest != System.Text.Encoding.UTF8.GetString(local.Manifest))
            problems.Add($"{Sha256Sums.FileName}: serves an old or different manifest");

        var changed = plan.Uploads.Where(upload => upload.Group is not (UploadGroup.Manifest or UploadGroup.Signature))
            .Select(upload => (upload.Path, upload.Hash)).ToList();
        var checks = await CopyVerifier.CheckFilesAsync(http, publicUrl, changed, parallelism: 4, cancellationToken);
        foreach (var check in checks.Where(check => !check.Matches))
            problems.Add(check.Problem is null ? $"{check.Path}: serves different bytes than were published" : $"{check.Path}: {check.Problem}");
        return new MirrorVerification(changed.Count + 1, problems);
    }
}

/// <summary>The result of reading a mirror back: how many files were checked (the manifest included) and what did not match.</summary>
public sealed record MirrorVerification(int FilesChecked, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
