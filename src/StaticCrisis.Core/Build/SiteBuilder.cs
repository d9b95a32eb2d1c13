using System.Diagnostics;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Diagnostics;
using StaticCrisis.Core.Feeds;
using StaticCrisis.Core.Markdown;
using StaticCrisis.Core.Output;
using StaticCrisis.Core.Site;
using StaticCrisis.Core.Templates;
using StaticCrisis.Core.Validation;

namespace StaticCrisis.Core.Build;

/// <summary>The build, top to bottom. Each step adds its problems to one bag; nothing is written unless all went well.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var siteDirectory = Path.GetFullPath(request.SiteDirectory);
        void Report(BuildStage stage, int done = 0, int total = 0) => request.Progress?.Report(new BuildProgress(stage, done, total, clock.Elapsed));
        Report(BuildStage.Loading);

        // 1. Load config, theme and strings.
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics, request.BaseUrl);
        if (config is null)
            return BuildResult.Failed(diagnostics);
        var output = Path.GetFullPath(request.OutputDirectory ?? Path.Combine(siteDirectory, config.OutputDir));
        var theme = ThemeLocator.Find(siteDirectory, config, diagnostics);
        var strings = theme is null ? null : UiStrings.Load(theme, config.Language, config.LocationOf("language"), diagnostics);
        var templates = theme is null ? null : TemplateRenderer.Create(theme, diagnostics);

        // 2. Load content, 3. validate it as a whole.
        var content = ContentLoader.Load(siteDirectory, config, diagnostics);
        SiteValidator.Validate(content, diagnostics);
        if (request.WriteOutput)
            OutputFolderGuard.IsAllowed(siteDirectory, output, diagnostics);
        if (diagnostics.HasErrors || strings is null || templates is null)
            return BuildResult.Failed(diagnostics, output);

        // 4. Render Markdown of the published updates.
        var rules = new PublishingRules(request.Now, request.IncludeDrafts, request.IncludeFuture);
        var published = content.Updates.Where(rules.IsPublished).ToList();
        var markdown = new MarkdownRenderer(new ContentLinks(content with { Updates = published }));
        var rendered = new RenderedUpdate[published.Count];
        var renderedCount = 0;
        Report(BuildStage.RenderingMarkdown, 0, published.Count);
        Parallel.For(0, published.Count, i =>
        {
            rendered[i] = markdown.Render(published[i], diagnostics);
            Report(BuildStage.RenderingMarkdown, Interlocked.Increment(ref renderedCount), published.Count);
        });
        var site = new SiteModel(config, rendered);

        // 5. Render templates and feeds.
        var pages = PageRenderer.RenderAll(site, strings, templates, (done, total) => Report(BuildStage.RenderingPages, done, total));
        var files = new List<OutputFile>(pages)
        {
            RssFeedWriter.Write(site, strings),
            SitemapWriter.Write(site),
            RobotsTxtWriter.Write(site),
        };
        files.AddRange(ThemeAssets(theme!));
        files.AddRange(content.Assets.Select(asset => OutputFile.Copy(asset.OutputPath, asset.SourceFullPath)));

        if (diagnostics.HasErrors || (request.Strict && diagnostics.WarningCount > 0))
            return BuildResult.Failed(diagnostics, output);

        // 6. Write atomically: stage, then swap.
        Report(BuildStage.Writing, 0, files.Count);
        if (request.WriteOutput)
            AtomicOutputWriter.Write(output, files);
        Report(BuildStage.Done);
        var statistics = new BuildStatistics(site.Updates.Count, pages.Count, files.Count, site.FeedItems.Count, clock.Elapsed);
        return new BuildResult(diagnostics, true, statistics, output, config.BaseUrl);
    }

    /// <summary>The theme's assets folder (CSS, icons) goes to the output root.</summary>
    private static IEnumerable<OutputFile> ThemeAssets(Theme theme)
    {
        if (!Directory.Exists(theme.AssetsDirectory))
            return [];
        return Directory.EnumerateFiles(theme.AssetsDirectory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => OutputFile.Copy(ContentLoader.RelativePath(theme.AssetsDirectory, path), path));
    }
}
