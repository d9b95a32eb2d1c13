using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Features.Languages.Settings;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Build.Markdown;

/// <summary>Markdown body → safe HTML fragment and summary. One parse per update; the pipeline is built once and shared.</summary>
public sealed class MarkdownRenderer
{
    // CommonMark plus pipe tables and autolinks: what writers paste from e-mails and spreadsheets.
    // Headings get GitHub-style ids, so '[see below](#opening-hours)' works.
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    // For bodies whose raw HTML is nested absurdly deep: HTML parsers slow down with the square of the depth.
    // Built when such a body comes, not at every start.
    private static readonly Lazy<MarkdownPipeline> PipelineWithoutHtml = new(() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build());

    private readonly ContentLinks _links;

    public MarkdownRenderer(ContentLinks links) => _links = links;

    /// <param name="linkTargets">Told every content path the body links to (found or not): the render depends on those files.</param>
    public RenderedUpdate Render(Update update, DiagnosticBag diagnostics, ICollection<string>? linkTargets = null)
    {
        switch (CostLimits.Check(update.Body))
        {
            case (CostLimits.Excess.LinkOpeners, var line):
                diagnostics.Add(Problems.MarkdownTooManyLinkOpeners(new SourceLocation(update.SourcePath, update.BodyLine + line - 1, 1)));
                return new RenderedUpdate(update, "", update.Summary ?? "");
            case (CostLimits.Excess.ReferenceDefinitions, _):
                diagnostics.Add(Problems.MarkdownTooManyReferences(new SourceLocation(update.SourcePath, update.BodyLine, 1), CostLimits.MaxReferenceDefinitions));
                return new RenderedUpdate(update, "", update.Summary ?? "");
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(update.Body, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested deeper than it can handle (thousands of nested lists or quotes).
            diagnostics.Add(Problems.MarkdownTooDeep(new SourceLocation(update.SourcePath, update.BodyLine, 1)));
            return new RenderedUpdate(update, "", update.Summary ?? "");
        }
        ResolveLinks(document, update, diagnostics, linkTargets);
        try
        {
            if (PlainMarkdownHtml.TryRender(document, Pipeline, out var plain))
                return new RenderedUpdate(update, PhoneLinks.Apply(plain.Html), update.Summary ?? plain.FirstParagraph) { BodyIsPlainMarkdown = true };
            var html = ToHtml(document, Pipeline);
            if (HtmlSanitizer.NestingDepth(html) > HtmlSanitizer.MaxDepth * 4)
            {
                diagnostics.Add(Problems.RawHtmlTooDeep(new SourceLocation(update.SourcePath, update.BodyLine, 1)));
                html = ToHtml(Markdig.Markdown.Parse(update.Body, PipelineWithoutHtml.Value), PipelineWithoutHtml.Value);
            }
            var body = HtmlSanitizer.Sanitize(html);
            if (body.RemoteImages > 0)
                diagnostics.Add(Problems.ImageOnAnotherHost(new SourceLocation(update.SourcePath, update.BodyLine, 1), body.RemoteImages));
            return new RenderedUpdate(update, PhoneLinks.Apply(body.Html), update.Summary ?? body.FirstParagraph);
        }
        catch (ArgumentException)
        {
            // Markdig's renderer has a depth limit of its own, which thousands of nested brackets or emphasis reach.
            diagnostics.Add(Problems.MarkdownTooDeep(new SourceLocation(update.SourcePath, update.BodyLine, 1)));
            return new RenderedUpdate(update, "", update.Summary ?? "");
        }
    }

    private void ResolveLinks(MarkdownDocument document, Update update, DiagnosticBag diagnostics, ICollection<string>? linkTargets)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { } url || link.IsAutoLink)
                continue;
            var result = _links.TryResolve(url, update.SourcePath, _links.Folder + update.OutputPath, out var resolved, out var target);
            if (target is not null)
                linkTargets?.Add(target);
            switch (result)
            {
                case ContentLinks.Result.Resolved:
                    link.Url = resolved;
                    break;
                case ContentLinks.Result.Missing:
                    diagnostics.Add(Problems.LinkBroken(new SourceLocation(update.SourcePath, update.BodyLine + link.Line, link.Column + 1), url));
                    break;
            }
        }
    }

    /// <summary>
    /// HTML from a fresh renderer. Markdig's own ToHtml rents a pooled renderer, and one that threw part-way (its depth
    /// limit, on pathological nesting) goes back to the pool with a tight list's "no paragraphs" still set: every later
    /// update on that thread would then lose its &lt;p&gt;. A renderer of our own holds nothing over from one update to the next.
    /// </summary>
    public static string ToHtml(Markdig.Syntax.MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}

/// <summary>An update with its body as safe HTML and its summary as plain text (written, or the first paragraph).</summary>
public sealed record RenderedUpdate(Update Update, string BodyHtml, string Summary)
{
    /// <summary>The body is Markdig's own HTML (<see cref="PlainMarkdownHtml"/>), not HTML the sanitizer parsed and wrote.</summary>
    public bool BodyIsPlainMarkdown { get; init; }

    /// <summary>
    /// The language the text is in when it is not the language of the pages it is shown on: the original, shown because
    /// there is no translation yet. Pages then say so and mark the text with its own <c>lang</c>.
    /// </summary>
    public KnownLanguage? Untranslated { get; init; }

    /// <summary>A translation whose original has changed since it was made; null when it is up to date, or not a translation.</summary>
    public StaleTranslation? Stale { get; init; }

    /// <summary>The codes of the languages this update is written in (its original's and its translations'), in the site's order.</summary>
    public IReadOnlyList<string> WrittenIn { get; init; } = [];
}
