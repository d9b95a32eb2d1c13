using StaticCrisis.Core.Features.Languages.Settings;

namespace StaticCrisis.Core.Site;

/// <summary>
/// The site in one of its languages: the main language at the root, every other in its folder ("en/"). Pages, feeds and
/// the files made from them are the edition's own and go in its folder; the rest (the stylesheet, content's files,
/// status.json, CAP, the sitemap) exists once, at the root, for every language. Links are made relative either way.
/// </summary>
public sealed class LanguageEdition
{
    private readonly HashSet<string> _own = new(StringComparer.Ordinal);

    public LanguageEdition(PublishedLanguage language, IReadOnlyList<PublishedLanguage> all)
    {
        Language = language;
        All = all;
    }

    /// <summary>The edition of a site in one language: no folder, and nothing to switch to.</summary>
    public static LanguageEdition Only(PublishedLanguage main) => new(main, [main]);

    public PublishedLanguage Language { get; }

    /// <summary>Every language of the site, the main one first: what the language switcher offers.</summary>
    public IReadOnlyList<PublishedLanguage> All { get; }

    public string Folder => Language.Folder;

    public bool IsMain => Language.IsMain;

    /// <summary>Tells the edition which paths (as its pages name them, without the folder) are its own.</summary>
    public void Own(IEnumerable<string> paths) => _own.UnionWith(paths);

    /// <summary>
    /// Where a file a page names ("archive.html", "style.css", "" for the home page) is in the output: in the edition's
    /// folder when the edition makes it, else the one file at the root.
    /// </summary>
    public string Localize(string path) => Folder.Length == 0 ? path : path.Length == 0 || _own.Contains(path) ? Folder + path : path;

    /// <summary>The same page in another language: every edition makes the same pages, in its own folder.</summary>
    public static string In(PublishedLanguage language, string path) => language.Folder + path;
}
