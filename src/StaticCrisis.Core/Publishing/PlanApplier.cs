using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// Carries out a <see cref="PublishPlan"/> on one remote, one file at a time in the plan's order: the manifest goes up only
/// after every other upload succeeded, and deletions follow it. The first failure stops the mirror; since the old manifest
/// is still there, running again plans the rest.
/// </summary>
public static class PlanApplier
{
    public static async Task ApplyAsync(IRemote remote, LocalCopy local, PublishPlan plan, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        // Every path comes from a manifest, checked when it was read; checked once more here, for every protocol alike, so
        // that no plan can write or delete outside the mirror's folder ("..", an absolute path, a control character).
        foreach (var path in plan.Uploads.Select(upload => upload.Path).Concat(plan.Deletions))
        {
            if (!Sha256Sums.IsSafePath(path))
                throw new ApplyException($"checking {TerminalText.Escape(path)}", new RemoteException("the path would leave the mirror's folder; nothing was changed"));
        }
        var total = plan.Uploads.Count + plan.Deletions.Count;
        var done = 0;
        long bytes = 0;
        foreach (var upload in plan.Uploads)
        {
            await Step($"uploading {upload.Path}", () => remote.UploadAsync(upload.Path, local.FullPath(upload.Path), cancellationToken), cancellationToken);
            bytes += upload.Size;
            progress?.Report(new ApplyProgress(++done, total, bytes, 0));
        }
        var deleted = 0;
        foreach (var path in plan.Deletions)
        {
            await Step($"deleting {path}", () => remote.DeleteAsync(path, cancellationToken), cancellationToken);
            progress?.Report(new ApplyProgress(++done, total, bytes, ++deleted));
        }
        await Step("completing", () => remote.CompleteAsync(CommitMessage(plan), cancellationToken), cancellationToken);
    }

    /// <summary>Runs one step, so a failure says which file it was at.</summary>
    private static async Task Step(string step, Func<Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new ApplyException(step, e);
        }
    }

    /// <summary>What a git mirror's commit says; other remotes ignore it.</summary>
    public static string CommitMessage(PublishPlan plan) =>
        $"Publish: {plan.New.Count()} new, {plan.Replacements.Count()} replaced, {plan.Deletions.Count} deleted (staticcrisis)";
}

/// <summary>A step of applying a plan failed; <see cref="Step"/> says which ("uploading index.html"), the inner exception why.</summary>
public sealed class ApplyException(string step, Exception inner) : Exception($"{step}: {inner.Message}", inner)
{
    public string Step { get; } = step;
}

/// <summary>How far applying a plan has come: files uploaded or deleted of all planned, bytes sent, files deleted.</summary>
public readonly record struct ApplyProgress(int Done, int Total, long Bytes, int Deleted);
