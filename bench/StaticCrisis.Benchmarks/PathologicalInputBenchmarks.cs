using BenchmarkDotNet.Attributes;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Benchmarks;

/// <summary>
/// The Markdown stage on the worst shapes of body found (each piece repeated to the size given): the time must grow in
/// step with the size, or the body must be refused at once (CostLimits). Compare the sizes of one shape with each other.
/// </summary>
[MemoryDiagnoser]
public class PathologicalInputBenchmarks
{
    public static IEnumerable<string> Shapes =>
    [
        "[a](", "[", "*a", "**_", "`a", "<div>", "<a href=\"", ">", "- ", "|a", "&#x", "[x]: y\n", "<http://a", "<!--", "Vattnet är avstängt. ",
    ];

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "";

    [Params(100, 1000)]
    public int Kilobytes { get; set; }

    private Update _update = null!;
    private MarkdownRenderer _renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = string.Concat(Enumerable.Repeat(Shape, Kilobytes * 1024 / Shape.Length));
        _update = new Update { SourcePath = "content/updates/a.md", Slug = "a", SlugLocation = new SourceLocation("a"), Title = "A", Date = DateTimeOffset.UnixEpoch, Body = body, BodyLine = 5 };
        _renderer = new MarkdownRenderer(new ContentLinks(new SiteContent([_update], [])));
    }

    [Benchmark(Description = "Markdown stage, one body")]
    public int Render() => _renderer.Render(_update, new DiagnosticBag()).BodyHtml.Length;
}
