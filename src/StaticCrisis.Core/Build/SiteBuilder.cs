using System.Diagnostics;
using StaticCrisis.Core.Build.Channels;
using StaticCrisis.Core.Build.Checks;
using StaticCrisis.Core.Build.Feeds;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Output;
using StaticCrisis.Core.Build.Pages.Rendering;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Features.Cap;
using StaticCrisis.Core.Features.Corrections;
using StaticCrisis.Core.Features.Languages;
using StaticCrisis.Core.Features.Review;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build;

/// <summary>The build, top to bottom. Each step adds its problems to one bag; nothing is written unless all went well.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildRequest request)
    {
        if (request.Mode == BuildMode.Preview && request.SigningKey is not null)
            throw new ArgumentException("a build that renders on request writes nothing, so it signs nothing", nameof(request));
        var clock = Stopwatch.StartNew();
        var steps = new StepClock();
        var diagnostics = new DiagnosticBag();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.MaxParallelism) };
        var siteDirectory = Path.GetFullPath(request.SiteDirectory);
        void Report(BuildStep step, int done = 0, int total = 0) => request.Progress?.Report(new BuildProgress(step, done, total, clock.Elapsed));
        Report(BuildStep.Config);

        // 1. Load config, theme and strings.
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics, request.BaseUrl);
        if (config is null)
            return BuildResult.Failed(diagnostics);
        if (config.Accessibility is null)
            diagnostics.Add(Problems.AccessibilityStatementMissing());
        else if (config.Accessibility.Unfinished is { } unfinished)
            diagnostics.Add(unfinished);
        request.Cache?.Begin(config);
        var output = Path.GetFullPath(request.OutputDirectory ?? Path.Combine(siteDirectory, config.OutputDir));
        var theme = ThemeLocator.Find(siteDirectory, config, diagnostics);
        var strings = theme is null ? null : UiStrings.Load(theme, config.Language, config.LocationOf("language"), diagnostics);
        var stringsOf = new Dictionary<string, UiStrings?>(StringComparer.Ordinal) { [config.Language] = strings };
        foreach (var language in config.Languages)
            stringsOf[language.Code] = theme is null ? null : UiStrings.Load(theme, language.Language.StringsName, language.Location, diagnostics);
        steps.Lap(BuildStep.Config);
        var templates = theme is null ? null : TemplateRenderer.Create(theme, diagnostics, request.Cache?.Templates ?? new CompiledThemes());
        steps.Lap(BuildStep.Templates);

        // 2. Load content, 3. validate it as a whole.
        var content = ContentLoader.Load(siteDirectory, config, diagnostics, parallel, request.Cache?.Updates);
        content = TranslationMatcher.Match(content, config, diagnostics);
        SiteValidator.Validate(content, diagnostics);
        ReplacementCheck.Validate(content, diagnostics);
        steps.Lap(BuildStep.Content);
        if (request.Mode == BuildMode.Write)
            OutputFolderGuard.IsAllowed(siteDirectory, output, diagnostics);
        if (diagnostics.HasErrors || stringsOf.ContainsValue(null) || templates is null)
            return BuildResult.Failed(diagnostics, output);

        // 4. Render Markdown of the published updates.
        var rules = new PublishingRules(request.Now, request.IncludeDrafts, request.IncludeFuture);
        var published = content.Updates.Where(rules.IsPublished).ToList();
        var unpublished = content.Updates.Select(rules.WhyNot).OfType<UnpublishedUpdate>().OrderBy(left => left.SourcePath, StringComparer.Ordinal).ToList();
        FarFutureCheck.Check(content.Updates, request.Now, diagnostics);
        // Updates dated ahead come out by themselves at their time: status.json tells when the next one does.
        // With 'review:', what the records say of each update that goes out: on the about page and in review.json.
        var review = ReviewReport.For(siteDirectory, config, published);
        List<DateTimeOffset> coming = [.. content.Updates.Where(update => !update.Draft && !rules.IsPublished(update) && update.Date > request.Now).Select(update => update.Date)];
        //    Each language shows every update: its translation, else the original, marked as such.
        var editions = new List<(SiteModel Site, UiStrings Strings)>();
        var shownIn = new EditionUpdates(config, content.Translations);
        var renderedCount = 0;
        Report(BuildStep.Markdown, 0, published.Count * config.AllLanguages.Count);
        foreach (var language in config.AllLanguages)
        {
            IReadOnlyList<EditionUpdate> shown = config.Languages.Count == 0
                ? [.. published.Select(update => new EditionUpdate(update, update, null, null, []))]
                : shownIn.For(language, published);
            var links = new ContentLinks(content with { Updates = published }, language.Folder);
            var markdown = new MarkdownRenderer(links);
            var cache = request.Cache?.MarkdownOf(language.Code);
            cache?.Prepare(links, [.. shown.Select(update => update.Text)]);
            var rendered = new RenderedUpdate[shown.Count];
            Parallel.For(0, shown.Count, parallel, i =>
            {
                // An original shown untranslated was rendered, and its problems reported, in its own language.
                var problems = shown[i].Untranslated is null ? diagnostics : new DiagnosticBag();
                var body = cache is not null ? cache.GetOrRender(shown[i].Text, markdown, problems) : markdown.Render(shown[i].Text, problems);
                rendered[i] = config.Languages.Count == 0 ? body
                    : body with { Update = shown[i].Shown, Untranslated = shown[i].Untranslated, Stale = shown[i].Stale, WrittenIn = shown[i].WrittenIn };
                Report(BuildStep.Markdown, Interlocked.Increment(ref renderedCount), published.Count * config.AllLanguages.Count);
            });
            var edition = new LanguageEdition(language, config.AllLanguages);
            editions.Add((new SiteModel(EditionConfig.For(config, language), rendered, edition, request.Now) { ComingUpdates = coming, Review = review }, stringsOf[language.Code]!));
        }
        var site = editions[0].Site;
        // CAP messages already published are kept as they are: read them from the output before it is replaced.
        var cap = config.Cap is { } capSettings ? CapThreads.Create(site, capSettings, request.Now, PreviousCapMessages.Read(output)) : null;
        foreach (var edition in editions)
            edition.Site.Banner.Check(diagnostics);
        // A promise to residents that has passed unkept: the page says so, and the writer is told.
        foreach (var rendered in site.Updates)
        {
            if (site.LatePromise(rendered) is { } promised)
                diagnostics.Add(Problems.NextUpdateOverdue(rendered.Update.Keys.GetValueOrDefault("nextUpdate", new SourceLocation(rendered.Update.SourcePath)), promised));
        }
        if (request.Strict)
            TranslationReport.RequireEssentials(editions, config, diagnostics);
        var languages = config.Languages.Count == 0 ? [] : TranslationReport.From(editions, content.Translations);
        steps.Lap(BuildStep.Markdown);

        // 5. Every file of the site, by path. Pages and feeds are made when first read: all here, or in serve as a browser
        //    asks for them, the rest and the steps that need them all afterwards (RemainingSteps).
        //    Each language's pages, feeds and texts in its folder; the rest once, at the root, for all.
        var pages = new List<OutputFile>();
        var feeds = new List<OutputFile>();
        var texts = new List<OutputFile>();
        foreach (var (edition, editionStrings) in editions)
        {
            var editionPages = PageRenderer.Pages(edition, editionStrings, templates);
            IEnumerable<OutputFile> editionFeeds = [
                .. RssFeedWriter.WriteAll(edition, editionStrings),
                .. AtomFeedWriter.WriteAll(edition, editionStrings, cap),
                .. JsonFeedWriter.WriteAll(edition, editionStrings)];
            OutputFile[] editionTexts = [BannerWriter.Write(edition, editionStrings), SummaryTextWriter.Write(edition, editionStrings), SmsTextWriter.Write(edition, editionStrings),
                .. PlannedCalendarWriter.WriteAll(edition, editionStrings)];
            edition.Edition.Own([.. editionPages.Concat(editionFeeds).Concat(editionTexts).Select(file => file.Path)]);
            pages.AddRange(editionPages.Select(file => file.At(edition.Edition.Localize(file.Path))));
            feeds.AddRange(editionFeeds.Select(file => file.At(edition.Edition.Localize(file.Path))));
            texts.AddRange(editionTexts.Select(file => file.At(edition.Edition.Localize(file.Path))));
        }
        var files = new List<OutputFile>(pages)
        {
            SitemapWriter.Write([.. editions.Select(edition => edition.Site)], pages),
            RobotsTxtWriter.Write(site),
        };
        files.AddRange(feeds);
        files.AddRange(CapMessageWriter.WriteAll(site, cap, strings!, editions.Skip(1).Select(edition => (edition.Site, edition.Strings))));
        files.AddRange(StatusJsonWriter.Write(site, strings!, editions.Select(edition => edition.Site)));
        files.AddRange(ReviewJsonWriter.Write(site, review));
        files.AddRange(texts);
        files.AddRange(ThemeAssets(theme!, diagnostics));
        // A file of content/ never silently takes the place of a file the build makes (index.html, feed.xml, SHA256SUMS).
        files.AddRange(OutputPathCollisions.Without(files, content.Assets, diagnostics).Select(asset => OutputFile.Copy(asset.OutputPath, asset.SourceFullPath)));
        if (request.Mode == BuildMode.Preview)
        {
            // The manifest too is made when read, from the others; what needs every file is left to the caller.
            var others = files.ToList();
            files.Add(OutputFile.Later(Sha256Sums.FileName, () => Sha256Sums.Write(others, parallel).Content!));
            steps.Lap(BuildStep.Files);
            if (diagnostics.FailsWhen(request.Strict))
                return BuildResult.Failed(diagnostics, output);
            var listed = new BuildStatistics(site.Updates.Count, pages.Count, files.Count, site.FeedItems.Count, clock.Elapsed) { Steps = steps.Laps, Unpublished = unpublished, Languages = languages };
            return new BuildResult(diagnostics, true, listed, output, config.BaseUrl) { Files = files, Remaining = new RemainingSteps(files, config.PageBudgetKb) };
        }

        // 5b. Make them all: the pages first, counted for the progress display (the list starts with them), then the rest.
        var failed = OutputFile.TryMakeAll(pages, parallel, (done, total) => Report(BuildStep.Pages, done, total))
            .Concat(OutputFile.TryMakeAll([.. files.Skip(pages.Count)], parallel))
            .ToList();
        TemplateRenderException.Report(failed, diagnostics);
        steps.Lap(BuildStep.Pages);
        if (diagnostics.HasErrors)
            return BuildResult.Failed(diagnostics, output);

        // 6. Post-process: weigh every page against the budget.
        PageBudget.Check(files, config.PageBudgetKb, diagnostics, parallel);
        steps.Lap(BuildStep.Budget);

        // 7. The manifest anyone can check a copy against, and that publishing compares mirrors with.
        var manifest = Sha256Sums.Write(files, parallel);
        files.Add(manifest);
        steps.Lap(BuildStep.Manifest);

        // 7b. Its signature, when a secret key was given, so a copy can be told from a fake.
        if (request.SigningKey is { } key && SiteSignature.Sign(manifest, site, key, request.SignatureTime, diagnostics) is { } signature)
            files.Add(signature);
        steps.Lap(BuildStep.Signature);

        if (diagnostics.FailsWhen(request.Strict))
            return BuildResult.Failed(diagnostics, output);

        // 8. Write atomically: stage, then swap.
        Report(BuildStep.Write, 0, files.Count);
        if (request.Mode == BuildMode.Write && !WriteOutput(output, files, parallel, request.OutputLockWait, diagnostics))
            return BuildResult.Failed(diagnostics, output);
        steps.Lap(BuildStep.Write);
        Report(BuildStep.Done);
        var statistics = new BuildStatistics(site.Updates.Count, pages.Count, files.Count, site.FeedItems.Count, clock.Elapsed) { Steps = steps.Laps, Unpublished = unpublished, Languages = languages };
        return new BuildResult(diagnostics, true, statistics, output, config.BaseUrl) { Files = files };
    }

    /// <summary>
    /// Stages and swaps the site in while holding the output's lock; a full disk, a read-only folder or another build that
    /// keeps the lock is reported (the published folder is then as it was), never thrown.
    /// </summary>
    private static bool WriteOutput(string output, IReadOnlyList<OutputFile> files, ParallelOptions parallel, TimeSpan lockWait, DiagnosticBag diagnostics)
    {
        try
        {
            using var exclusive = OutputLock.Acquire(output, lockWait);
            AtomicOutputWriter.Write(output, files, parallel);
            return true;
        }
        catch (OutputLockedException)
        {
            diagnostics.Add(Problems.OutputBusy(output, lockWait));
        }
        catch (Exception e) when (IsFileSystemFailure(e))
        {
            // Files are written several at once: the first failure says what went wrong (the disk is full, it is read-only).
            var cause = e is AggregateException all ? all.Flatten().InnerExceptions[0] : e;
            diagnostics.Add(Problems.OutputNotWritten(output, cause.Message));
        }
        return false;
    }

    private static bool IsFileSystemFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException || e is AggregateException all && all.Flatten().InnerExceptions.All(IsFileSystemFailure);

    /// <summary>The theme's assets folder (CSS, icons) goes to the output root.</summary>
    private static IEnumerable<OutputFile> ThemeAssets(Theme theme, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(theme.AssetsDirectory))
            return [];
        return theme.Files.Under(theme.AssetsDirectory, diagnostics, ContentLoader.IsIgnored)
            .Select(file => OutputFile.Copy(ContentLoader.RelativePath(theme.AssetsDirectory, file.FullPath), file.FullPath));
    }
}
