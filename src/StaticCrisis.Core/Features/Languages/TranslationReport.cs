using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Features.Languages;

/// <summary>What one language still lacks: updates shown untranslated, translations older than their original, translations that did not record what they translate, and whether its theme strings have been reviewed.</summary>
public sealed record LanguageReport(string Code, IReadOnlyList<string> Untranslated, IReadOnlyList<string> Stale, IReadOnlyList<string> Unrecorded, bool StringsReviewed);

/// <summary>
/// What <c>check</c> tells the writer about the site's languages, so a municipality knows what to have translated and what
/// to have a native speaker look at; with <c>--strict</c>, the situation now and the contacts must exist in every language.
/// </summary>
public static class TranslationReport
{
    public static IReadOnlyList<LanguageReport> From(IEnumerable<(SiteModel Site, UiStrings Strings)> editions, IReadOnlyList<Translation> translations)
    {
        var report = new List<LanguageReport>();
        foreach (var (site, strings) in editions)
        {
            var code = site.Edition.Language.Code;
            var unrecorded = translations.Where(translation => translation.Language == code && translation.Text.Original is null)
                .Select(translation => translation.Text.SourcePath).Order(StringComparer.Ordinal).ToList();
            report.Add(new LanguageReport(code,
                [.. site.Updates.Where(rendered => rendered.Untranslated is not null).Select(rendered => rendered.Update.SourcePath).Order(StringComparer.Ordinal)],
                [.. site.Updates.Where(rendered => rendered.Stale is not null).Select(rendered => rendered.Update.SourcePath).Order(StringComparer.Ordinal)],
                unrecorded,
                strings.ReviewedBy.Trim().Length > 0));
        }
        return report;
    }

    /// <summary>For <c>--strict</c>: the pinned update and every contact's label in every language (easy-to-read Swedish shares Swedish's labels).</summary>
    public static void RequireEssentials(IEnumerable<(SiteModel Site, UiStrings Strings)> editions, SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var (site, _) in editions.Where(edition => !edition.Site.Edition.IsMain))
        {
            var language = site.Edition.Language;
            if (site.Current is { Untranslated: not null } current)
                diagnostics.Add(Problems.PinnedNotTranslated(new SourceLocation(current.Update.SourcePath), language.Code));
            if (language.Language.IsEasyToRead)
                continue;
            foreach (var contact in config.Contacts.Where(contact => !language.ContactLabels.ContainsKey(contact.Label)))
                diagnostics.Add(Problems.ContactNotTranslated(language.Location, language.Code, contact.Label));
        }
    }
}
