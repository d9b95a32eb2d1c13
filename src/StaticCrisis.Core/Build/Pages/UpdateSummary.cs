using StaticCrisis.Core.Build.Markdown;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>The model of the partial that shows one update in a list: on which page, and at which heading level.</summary>
public sealed record UpdateSummary(Page Page, RenderedUpdate Rendered, int HeadingLevel);
