using StaticCrisis.Core.Markdown;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>One update's page, with links to the newer and older update.</summary>
public sealed class UpdatePage : Page
{
    public required RenderedUpdate Rendered { get; init; }

    public override string OutputPath => Rendered.Update.OutputPath;

    public override string Title => Rendered.Update.Title;

    public override string Description => Rendered.Summary;

    public RenderedUpdate? Newer => Site.Newer(Rendered);

    public RenderedUpdate? Older => Site.Older(Rendered);
}
