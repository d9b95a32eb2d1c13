using BenchmarkDotNet.Attributes;
using StaticCrisis.Core.Build.Checks;
using StaticCrisis.Core.Build.Feeds;
using StaticCrisis.Core.Build.Output;
using StaticCrisis.Core.Build.Pages.Rendering;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Benchmarks;

/// <summary>Each stage of the pipeline over every update of one site, single-threaded unless the stage is parallel by design.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private StageInputs _inputs = null!;
    private string _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new StageInputs();
        _output = Path.Combine(Path.GetTempPath(), "staticcrisis-bench-" + Guid.NewGuid().ToString("N"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_output))
            Directory.Delete(_output, recursive: true);
    }

    [Benchmark(Description = "front matter + YAML")]
    public int ParseUpdates()
    {
        var diagnostics = new DiagnosticBag();
        var count = 0;
        foreach (var (path, text) in _inputs.Files)
            count += UpdateParser.Parse(path, text, _inputs.Config, diagnostics) is null ? 0 : 1;
        return count;
    }

    [Benchmark(Description = "Markdig alone")]
    public int MarkdigAlone()
    {
        var length = 0;
        foreach (var update in _inputs.Content.Updates)
            length += Markdig.Markdown.ToHtml(update.Body).Length;
        return length;
    }

    [Benchmark(Description = "Markdown + links + sanitise")]
    public int RenderMarkdown()
    {
        var diagnostics = new DiagnosticBag();
        var length = 0;
        foreach (var update in _inputs.Content.Updates)
            length += _inputs.Markdown.Render(update, diagnostics).BodyHtml.Length;
        return length;
    }

    [Benchmark(Description = "templates (parallel)")]
    public int RenderTemplates() => PageRenderer.RenderAll(_inputs.Site, _inputs.Strings, _inputs.Templates).Count;

    [Benchmark(Description = "feeds (RSS, Atom, JSON) + sitemap")]
    public int WriteFeeds() =>
        RssFeedWriter.WriteAll(_inputs.Site, _inputs.Strings).Concat(AtomFeedWriter.WriteAll(_inputs.Site, _inputs.Strings, cap: null))
            .Concat(JsonFeedWriter.WriteAll(_inputs.Site, _inputs.Strings)).Sum(file => file.Content!.Length)
        + SitemapWriter.Write([_inputs.Site], _inputs.Pages).Content!.Length;

    [Benchmark(Description = "page budget (gzip)")]
    public int CheckBudget()
    {
        var diagnostics = new DiagnosticBag();
        PageBudget.Check(_inputs.Pages, 14, diagnostics);
        return diagnostics.WarningCount;
    }

    [Benchmark(Description = "write atomically (disk)")]
    public void WriteOutput() => AtomicOutputWriter.Write(_output, _inputs.Pages);
}
