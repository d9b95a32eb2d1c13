using StaticCrisis.Core.Build.Checks;
using StaticCrisis.Core.Build.Pages.Rendering;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Build;

/// <summary>
/// What a build that renders on request (<see cref="BuildMode.Preview"/>, serve) leaves for later: making every
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
    /// template that throws) does not stop the others: it is returned, by path, with what it threw, and a template's
    /// failure is also reported as the error a build gives. Throws
    /// <see cref="OperationCanceledException"/> as soon as <paramref name="parallel"/>'s token is cancelled.
    /// </summary>
    public IReadOnlyList<(string Path, Exception Error)> Run(DiagnosticBag diagnostics, ParallelOptions parallel)
    {
        var files = _files.Where(file => !Sha256Sums.IsManifestFile(file.Path)).ToList();
        var failed = OutputFile.TryMakeAll(files, parallel);
        var failedPaths = failed.Select(failure => failure.Path).ToHashSet(StringComparer.Ordinal);
        TemplateRenderException.Report(failed.Where(failure => failure.Error is TemplateRenderException), diagnostics);
        PageBudget.Check([.. files.Where(file => !failedPaths.Contains(file.Path))], _pageBudgetKb, diagnostics, parallel);
        if (failed.Count == 0)
            OutputFile.MakeAll([.. _files.Where(file => Sha256Sums.IsManifestFile(file.Path))], parallel);
        return failed;
    }
}
