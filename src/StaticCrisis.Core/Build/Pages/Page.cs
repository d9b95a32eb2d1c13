using System.Globalization;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Features.Languages.Settings;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>What every template gets: the site, the UI strings, and helpers that make links relative to this page.</summary>
public abstract class Page
{
    public required SiteModel Site { get; init; }

    public required UiStrings Strings { get; init; }

    /// <summary>Where this page is written, relative to the output folder (e.g. "updates/x.html").</summary>
    public abstract string OutputPath { get; }

    /// <summary>The page's own title: its h1, and the first part of the document title.</summary>
    public abstract string Title { get; }

    /// <summary>Which navigation item is this page, for <c>aria-current</c>.</summary>
    public virtual string Section => "";

    /// <summary>The feeds this page offers, each as RSS, Atom and JSON Feed: the site's, and on a service page that service's too.</summary>
    public virtual IReadOnlyList<FeedChannel> Feeds => [Site.SiteFeed];

    /// <summary>schema.org data for search engines and news apps, as JSON-LD; null for pages that have none.</summary>
    public virtual string? StructuredData => null;

    public string DocumentTitle => Title == Site.Config.Title ? Title : $"{Title} – {Site.Config.Title}";

    public virtual string Description => Site.Config.Description;

    public string CanonicalUrl => Site.AbsoluteUrl(OutputPath == "index.html" ? "" : OutputPath);

    /// <summary>
    /// A link from this page to a file of the output. Relative, so the site works at a domain root, in a subfolder and from disk.
    /// </summary>
    public virtual string Url(string outputPath) => Link(Site.Edition.Localize(outputPath));

    /// <summary>A link from this page to a file of the output, given by its place in the output ("en/archive.html").</summary>
    protected virtual string Link(string fileInOutput) => ContentLinks.Relative(DirectoryOf(FilePath), fileInOutput);

    /// <summary>Where the page is in the output: <see cref="OutputPath"/> in its language's folder.</summary>
    public string FilePath => Site.Edition.Localize(OutputPath);

    /// <summary>This page in another of the site's languages.</summary>
    public string UrlIn(PublishedLanguage language) => Link(LanguageEdition.In(language, OutputPath));

    /// <summary>This page's address in another of the site's languages, for <c>hreflang</c> alternates.</summary>
    public string AbsoluteUrlIn(PublishedLanguage language) =>
        Site.AbsoluteUrlOfFile(LanguageEdition.In(language, OutputPath == "index.html" ? "" : OutputPath));

    /// <summary>
    /// The languages this page is written in, for <c>hreflang</c>: all of the site's for pages of the site's own words, an
    /// update's translations for its page (a page showing an untranslated original is not a translation). Easy-to-read
    /// Swedish is Swedish to a search engine, so it is linked on the page instead.
    /// </summary>
    public virtual IReadOnlyList<PublishedLanguage> Alternates => [.. Site.Edition.All.Where(language => !language.Language.IsEasyToRead)];

    /// <summary>The easy-to-read version of this page, from a Swedish page, when the site has one and the page exists in it.</summary>
    public virtual PublishedLanguage? EasyToRead =>
        Site.Edition.Language.Language.Tag == "sv" && !Site.Edition.Language.Language.IsEasyToRead
            ? Site.Edition.All.FirstOrDefault(language => language.Language.IsEasyToRead) : null;

    public string Url(RenderedUpdate rendered) => Url(rendered.Update.OutputPath);

    /// <summary>A time as HTML: the reader's words in a machine-readable &lt;time&gt;, for sentences with times in them.</summary>
    public string TimeHtml(DateTimeOffset time) => $"<time datetime=\"{Iso(time)}\">{Encode(FormatDateTime(time))}</time>";

    /// <summary>A planned disruption's window as HTML, in the words of <see cref="UiStrings.PlannedWindow"/>.</summary>
    public string WindowHtml(PlannedWindow window) => Sentence(Strings.PlannedWindow, TimeHtml(window.Start), TimeHtml(window.End));

    /// <summary>
    /// An update's title as HTML, marked with its language where this edition shows the original untranslated
    /// (WCAG 3.1.2), so every list, link and heading that names the update reads it with the right voice.
    /// </summary>
    public static string TitleHtml(RenderedUpdate rendered) => rendered.Untranslated is { } original
        ? $"<span lang=\"{original.Tag}\" dir=\"{original.Dir}\">{Encode(rendered.Update.Title)}</span>"
        : Encode(rendered.Update.Title);

    /// <summary>Machine-readable time for <c>&lt;time datetime&gt;</c>, with the site's offset.</summary>
    public string Iso(DateTimeOffset time) => Site.Rfc3339(time);

    public string FormatDateTime(DateTimeOffset time) => Site.Local(time).ToString(Strings.DateTimeFormat, Strings.CultureInfo);

    /// <summary>When an update was published, as its writer gave it: with the time of day, or only the day.</summary>
    public string FormatPublished(Update update) => update.DateHasTime ? FormatDateTime(update.Date) : FormatDate(update.Date);

    /// <summary>The <c>datetime</c> of an update's publication: a date alone when no time was written.</summary>
    public string IsoPublished(Update update) => update.DateHasTime ? Iso(update.Date) : Site.Local(update.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string FormatDate(DateTimeOffset time) => Site.Local(time).ToString(Strings.DateFormat, Strings.CultureInfo);

    public string FormatMonth(DateOnly month) => Capitalize(month.ToString(Strings.MonthFormat, Strings.CultureInfo));

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "themes call it on Model")]
    public string IsoMonth(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"tel:" link for a phone number as written ("0999-123 00" → "tel:0999-12300"); themes call it.</summary>
    public static string TelUrl(string phone) => PhoneLinks.TelUrl(phone);

    /// <summary>
    /// A sentence of the UI strings with its {0}, {1} … filled in by pieces of HTML, for words whose order differs by language.
    /// The sentence itself is encoded; the pieces must already be.
    /// </summary>
    public static string Sentence(string format, params string[] html) => string.Format(CultureInfo.InvariantCulture, Encode(format), html);

    public static string Encode(string text) => MinimalHtmlEncoder.Instance.Encode(text);

    /// <summary>
    /// The first letter in upper case. Only Turkish and Azeri upper-case a letter unlike the invariant culture (i → İ), and
    /// asking any other culture whether it does loads ICU's collator: about 30 ms of every build.
    /// </summary>
    private string Capitalize(string text)
    {
        if (text.Length == 0)
            return text;
        var first = Strings.CultureInfo.Name.Split('-')[0] is "tr" or "az" ? char.ToUpper(text[0], Strings.CultureInfo) : char.ToUpperInvariant(text[0]);
        return first + text[1..];
    }

    private static string DirectoryOf(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";
}
