using System.IO.Compression;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Build.Checks;

/// <summary>
/// Residents on bad mobile connections get a page in the first round trip only if it is small: each HTML page plus the
/// theme's stylesheets it loads is weighed as a server would send it (gzip), and a page over the budget gets a warning.
/// </summary>
public static class PageBudget
{
    public static void Check(IReadOnlyList<OutputFile> files, int budgetKb, DiagnosticBag diagnostics, ParallelOptions? parallel = null)
    {
        var budget = budgetKb * 1024L;
        var stylesheets = files.Where(file => file.Path.EndsWith(".css", StringComparison.Ordinal) && !file.Path.Contains('/', StringComparison.Ordinal))
            .Sum(file => GzipSize(file.Content ?? File.ReadAllBytes(file.CopyFrom!), CompressionLevel.Optimal));
        var limit = budget - stylesheets;
        Parallel.ForEach(files.Where(file => file.IsHtml && file.Content is not null), parallel ?? new ParallelOptions(), page =>
        {
            var content = page.Content!;
            // Gzip never shrinks to less than nothing: a page whose raw bytes fit needs no compressing, and the fast level
            // compresses worse than the one servers use, so a page that fits at it fits.
            if (content.Length <= limit || GzipSize(content, CompressionLevel.Fastest) <= limit)
                return;
            var size = GzipSize(content, CompressionLevel.Optimal) + stylesheets;
            if (size > budget)
                diagnostics.Add(Problems.PageOverBudget(page.Path, size / 1024.0, budgetKb));
        });
    }

    public static long GzipSize(byte[] bytes, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, level, leaveOpen: true))
            gzip.Write(bytes);
        return buffer.Length;
    }
}
