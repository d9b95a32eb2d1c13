using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Pages.Rendering;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Build;

/// <summary>
/// Everything a long-running process (serve) keeps from one build to the next, so a rebuild after a save redoes only what
/// the save touched: the theme is compiled again only when a template changes, an update is parsed again only when its
/// file's bytes change, and its Markdown rendered again only when it changed or a file it links to came, went or moved
/// (the absolute-link HTML feeds use is kept with each rendered body). Pages and feeds are always made afresh from the
/// whole site, so a build with a cache writes the same bytes as one without. Pass the same instance to every build; one
/// build at a time.
/// </summary>
public sealed class BuildCache
{
    private string? _config;

    public CompiledThemes Templates { get; } = new();

    public ParsedUpdateCache Updates { get; } = new();

    public RenderedUpdateCache Markdown { get; } = new();

    private readonly Dictionary<string, RenderedUpdateCache> _markdownOfLanguage = new(StringComparer.Ordinal);

    /// <summary>Bodies rendered for one language's pages: links from them lead elsewhere than the main language's.</summary>
    public RenderedUpdateCache MarkdownOf(string language)
    {
        if (language == _mainLanguage)
            return Markdown;
        if (!_markdownOfLanguage.TryGetValue(language, out var cache))
            _markdownOfLanguage[language] = cache = new RenderedUpdateCache();
        return cache;
    }

    private string? _mainLanguage;

    /// <summary>
    /// Called by each build once site.yml is read. Parsing reads site.yml (time zone, service ids): when its text or the
    /// base URL changes, everything starts afresh.
    /// </summary>
    public void Begin(SiteConfig config)
    {
        Updates.StartCounting();
        Markdown.StartCounting();
        _mainLanguage = config.Language;
        var key = config.BaseUrl.AbsoluteUri + "\n" + config.Source;
        if (key == _config)
            return;
        Updates.Clear();
        Markdown.Clear();
        _markdownOfLanguage.Clear();
        _config = key;
    }
}
