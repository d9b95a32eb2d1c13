using System.Collections.Concurrent;
using StaticCrisis.Core.Diagnostics;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Output;
using StaticCrisis.Core.PostProcessing;

namespace StaticCrisis.Core.Build;

/// <summary>
/// What a build that renders on request (<see cref="BuildRequest.RenderOnRequest"/>, serve) leaves for later: making every
/// file nobody has asked for yet, and the steps that need them all, the page budget and the manifest. Running it reports
/// what a full build reports at those steps, so the writer sees the same warnings.
/// </summary>
public sealed class RemainingSteps
{
    private readonly IReadOnlyList<OutputFile> _files;
    private readonly int _pageBudgetKb;

    internal RemainingSteps(IReadOnlyList<OutputFile> files, int pageBudgetKb)
    {
        _files = files;
        _pageBudgetKb = pageBudgetKb;
    }

    /// <summary>
    /// Makes the files (the manifest last, as it hashes the others) and weighs the pages. A file that cannot be made (a
    /// template that throws) does not stop the others: it is returned, by path, with what it threw. Throws
    /// <see cref="OperationCanceledException"/> as soon as <paramref name="parallel"/>'s token is cancelled.
    /// </summary>
    public IReadOnlyList<(string Path, Exception Error)> Run(DiagnosticBag diagnostics, ParallelOptions parallel)
    {
        var failed = new ConcurrentDictionary<string, Exception>(StringComparer.Ordinal);
        var files = _files.Where(file => !Sha256Sums.IsManifestFile(file.Path)).ToList();
        Parallel.ForEach(files, parallel, file =>
        {
            try
            {
                _ = file.Content;
            }
            catch (Exception e)
            {
                failed[file.Path] = e;
            }
        });
        PageBudget.Check([.. files.Where(file => !failed.ContainsKey(file.Path))], _pageBudgetKb, diagnostics, parallel);
        if (failed.IsEmpty)
            OutputFile.MakeAll([.. _files.Where(file => Sha256Sums.IsManifestFile(file.Path))], parallel);
        return [.. failed.OrderBy(failure => failure.Key, StringComparer.Ordinal).Select(failure => (failure.Key, failure.Value))];
    }
}
