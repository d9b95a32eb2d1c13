using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Features.Languages.Settings;

namespace StaticCrisis.Core.Features.Languages;

/// <summary>An update as one language shows it: its translation, or its original marked as such (never a missing page).</summary>
/// <param name="Shown">The update the pages show: the original with the translation's words, or the original.</param>
/// <param name="Text">The file whose body is rendered: the translation's, or the original's.</param>
/// <param name="Untranslated">The original's language, when no translation into this language is published.</param>
public sealed record EditionUpdate(Update Shown, Update Text, KnownLanguage? Untranslated, StaleTranslation? Stale, IReadOnlyList<string> WrittenIn);

/// <summary>Every published update as each of the site's languages shows it.</summary>
public sealed class EditionUpdates
{
    private readonly SiteConfig _config;
    private readonly Dictionary<Update, Dictionary<string, Update>> _translations = new(ReferenceEqualityComparer.Instance);

    /// <param name="translations">Every matched translation; drafts among them are left out, so their language shows the original.</param>
    public EditionUpdates(SiteConfig config, IEnumerable<Translation> translations)
    {
        _config = config;
        foreach (var translation in translations.Where(translation => !translation.Text.Draft))
        {
            if (!_translations.TryGetValue(translation.Original, out var byLanguage))
                _translations[translation.Original] = byLanguage = new Dictionary<string, Update>(StringComparer.Ordinal);
            byLanguage[translation.Language] = translation.Text;
        }
    }

    public IReadOnlyList<EditionUpdate> For(PublishedLanguage language, IReadOnlyList<Update> published) =>
        [.. published.Select(original => For(language, original))];

    public EditionUpdate For(PublishedLanguage language, Update original)
    {
        var writtenIn = WrittenIn(original);
        var originalLanguage = original.Language ?? _config.Language;
        if (originalLanguage == language.Code)
            return new EditionUpdate(original, original, null, null, writtenIn);
        if (_translations.GetValueOrDefault(original)?.GetValueOrDefault(language.Code) is { } text)
            return new EditionUpdate(Merge(original, text), text, null, Staleness(original, text, originalLanguage), writtenIn);
        var known = KnownLanguages.Find(originalLanguage) ?? _config.MainLanguage.Language;
        return new EditionUpdate(original, original, known, null, writtenIn);
    }

    /// <summary>The languages the update is written in, in the site's order of languages.</summary>
    private List<string> WrittenIn(Update original)
    {
        var translated = _translations.GetValueOrDefault(original);
        return [.. _config.AllLanguages.Select(language => language.Code)
            .Where(code => code == (original.Language ?? _config.Language) || translated?.ContainsKey(code) == true)];
    }

    /// <summary>The original with the translation's words; a word the translation leaves out is left out, never shown in the other language.</summary>
    private static Update Merge(Update original, Update text) => original with
    {
        Title = text.Title,
        Summary = text.Summary,
        Body = text.Body,
        BodyLine = text.BodyLine,
        Advice = text.Advice,
        Sms = text.Sms,
        Banner = text.Banner,
        Updated = text.Updated ?? original.Updated,
        Language = text.Language,
    };

    /// <summary>
    /// Stale when the original's words differ from those the translation recorded (its hash), or, for a record with only a
    /// time, when the original was updated after it. A translation with no record cannot be told: <c>check</c> lists it.
    /// </summary>
    public static StaleTranslation? Staleness(Update original, Update text, string originalLanguage)
    {
        if (text.Original is not { } record)
            return null;
        var changed = original.Updated ?? original.Date;
        var stale = record.Hash is { } hash ? hash != OriginalText.Hash(original) : record.Updated is { } from && changed > from;
        return stale ? new StaleTranslation(changed, record.Updated, originalLanguage) : null;
    }
}
