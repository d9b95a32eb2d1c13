using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Features.Languages.Settings;

/// <summary>
/// A language the site publishes in, from <c>languages:</c> in site.yml (the main language, from <c>language:</c>, is
/// one too, at the root): where its pages go, and the site's own words in it — its title and description, the names of
/// its services and the labels of its contacts — each falling back to the main language's where none is given.
/// </summary>
public sealed record PublishedLanguage(KnownLanguage Language, SourceLocation Location)
{
    /// <summary>The folder of the language's pages, "" for the main language, else its code and '/': "en/".</summary>
    public string Folder { get; init; } = "";

    public string Code => Language.Code;

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Service names by service id.</summary>
    public IReadOnlyDictionary<string, string> ServiceNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Service advice by service id.</summary>
    public IReadOnlyDictionary<string, string> ServiceAdvice { get; init; } = new Dictionary<string, string>();

    /// <summary>Contact labels by the main language's label.</summary>
    public IReadOnlyDictionary<string, string> ContactLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Tags as this language names them, by the tag as updates write it (in the main language).</summary>
    public IReadOnlyDictionary<string, string> TagNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The words of this language's &lt;info&gt; in CAP messages; the main language's 'cap:' where none is given.</summary>
    public LanguageCapWords? Cap { get; init; }

    public bool IsMain => Folder.Length == 0;
}

/// <summary>A language's 'cap: { event, areaDesc }' in site.yml.</summary>
public sealed record LanguageCapWords(string? Event, string? AreaDesc);
