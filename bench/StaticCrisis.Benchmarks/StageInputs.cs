using StaticCrisis.Core.Build;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Pages.Rendering;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Benchmarks;

/// <summary>
/// One site loaded once, and the result of each stage, so every benchmark measures one stage alone.
/// The site is the folder in STATICCRISIS_BENCH_SITE (e.g. a corpus from bench/generate-corpus.py), else the repository's sample.
/// </summary>
public sealed class StageInputs
{
    public StageInputs()
    {
        SiteDirectory = Environment.GetEnvironmentVariable("STATICCRISIS_BENCH_SITE") ?? FindSample();
        var diagnostics = new DiagnosticBag();
        Config = SiteConfigLoader.Load(SiteDirectory, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        Files = [.. Directory.EnumerateFiles(Path.Combine(SiteDirectory, "content", "updates"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (ContentLoader.RelativePath(SiteDirectory, path), File.ReadAllText(path)))];
        Content = ContentLoader.Load(SiteDirectory, Config, diagnostics);
        Theme = ThemeLocator.Find(SiteDirectory, Config, diagnostics)!;
        Strings = UiStrings.Load(Theme, Config.Language, default, diagnostics)!;
        Templates = TemplateRenderer.Create(Theme, diagnostics, new CompiledThemes())!;
        Markdown = new MarkdownRenderer(new ContentLinks(Content));
        Rendered = [.. Content.Updates.Select(update => Markdown.Render(update, diagnostics))];
        Site = new SiteModel(Config, Rendered);
        Pages = PageRenderer.RenderAll(Site, Strings, Templates);
    }

    public string SiteDirectory { get; }
    public SiteConfig Config { get; }
    public IReadOnlyList<(string Path, string Text)> Files { get; }
    public SiteContent Content { get; }
    public Theme Theme { get; }
    public UiStrings Strings { get; }
    public TemplateRenderer Templates { get; }
    public MarkdownRenderer Markdown { get; }
    public IReadOnlyList<RenderedUpdate> Rendered { get; }
    public SiteModel Site { get; }
    public IReadOnlyList<OutputFile> Pages { get; }

    public BuildRequest Request(string output) => new() { SiteDirectory = SiteDirectory, OutputDirectory = output };

    private static string FindSample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StaticCrisis.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository or set STATICCRISIS_BENCH_SITE");
    }
}
