using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using StaticCrisis.Core.Build.Markdown;

namespace StaticCrisis.Benchmarks;

/// <summary>
/// The two fast paths against the general way they stand in for, over every body of the site: Markdig's own HTML made
/// safe on the syntax tree (<see cref="PlainMarkdownHtml"/>) against Markdig → HTML → sanitizer, and a feed's absolute
/// links written in one pass over Markdig's HTML against AngleSharp. Each fast path is kept only while it pays here.
/// </summary>
[MemoryDiagnoser]
public class FastPathBenchmarks
{
    // The renderer's own pipeline: CommonMark, pipe tables, autolinks, GitHub heading ids.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).Build();

    private string[] _bodies = null!;
    private (string Html, Uri Url)[] _plainBodies = null!;

    [GlobalSetup]
    public void Setup()
    {
        var inputs = new StageInputs();
        _bodies = [.. inputs.Content.Updates.Select(update => update.Body)];
        _plainBodies = [.. inputs.Site.Updates.Where(rendered => rendered.BodyIsPlainMarkdown).Select(rendered => (rendered.BodyHtml, new Uri(inputs.Site.EntryId(rendered))))];
    }

    [Benchmark(Description = "body: syntax tree (fast path)")]
    public int BodyFastPath()
    {
        var length = 0;
        foreach (var body in _bodies)
            length += PlainMarkdownHtml.TryRender(Markdown.Parse(body, Pipeline), Pipeline, out var result) ? result.Html.Length : 0;
        return length;
    }

    [Benchmark(Baseline = true, Description = "body: HTML → sanitizer")]
    public int BodySanitized()
    {
        var length = 0;
        foreach (var body in _bodies)
            length += HtmlSanitizer.Sanitize(MarkdownRenderer.ToHtml(Markdown.Parse(body, Pipeline), Pipeline)).Html.Length;
        return length;
    }

    [Benchmark(Description = "feed links: one pass (fast path)")]
    public int LinksFastPath() => _plainBodies.Sum(body => AbsoluteLinks.Resolve(body.Html, body.Url, plainMarkdown: true).Length);

    [Benchmark(Description = "feed links: AngleSharp")]
    public int LinksParsed() => _plainBodies.Sum(body => AbsoluteLinks.Resolve(body.Html, body.Url, plainMarkdown: false).Length);
}
