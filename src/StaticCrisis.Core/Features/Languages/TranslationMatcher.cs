using System.Globalization;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Features.Languages;

/// <summary>
/// Step 3 of the build for a site in several languages: ties each file in another language to its original, by file name
/// ("x.en.md" translates "x.md") or 'translationKey'. A translation gives words only; everything that is not language
/// (date, severity, pinned, services and their statuses, tags, slug) is its original's, and a translation that says
/// otherwise is an error where it says it. A file in another language without an original, but with its own date, is an
/// update first written in that language.
/// </summary>
public static class TranslationMatcher
{
    public static SiteContent Match(SiteContent content, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (config.Languages.Count == 0 || content.Updates.All(update => update.Language is null))
            return content;
        var originals = content.Updates.Where(update => update.Language is null).ToList();
        var byKey = Index(originals);
        var translations = new List<Translation>();
        var orphans = new List<Update>();
        var intoMain = new List<Update>();
        foreach (var update in content.Updates.Where(update => update.Language is not null))
        {
            if (update.Language == config.Language)
                intoMain.Add(update);
            else if (byKey.TryGetValue(update.TranslationKey, out var original))
                translations.Add(new Translation(original, update, update.Language!));
            else if (update.DateWritten)
                originals.Add(update);
            else
                orphans.Add(update);
        }
        // A translation of an update first written in another language than the main one ("x.en.md" with a date, "x.fi.md").
        var byKeyAll = Index(originals);
        foreach (var orphan in orphans)
        {
            if (byKeyAll.TryGetValue(orphan.TranslationKey, out var original) && original.Language != orphan.Language)
                translations.Add(new Translation(original, orphan, orphan.Language!));
            else
                diagnostics.Add(Problems.TranslationWithoutOriginal(orphan.Keys.GetValueOrDefault("translationKey", new SourceLocation(orphan.SourcePath)),
                    orphan.TranslationKey, Suggestions.Nearest(orphan.TranslationKey, byKeyAll.Keys)));
        }
        // "x.sv.md" translates an update first written in another language into the main one; anything else in the main
        // language is named without it.
        foreach (var update in intoMain)
        {
            if (!byKey.ContainsKey(update.TranslationKey) && byKeyAll.TryGetValue(update.TranslationKey, out var original) && original.Language is not null)
                translations.Add(new Translation(original, update, update.Language!));
            else
                diagnostics.Add(Problems.TranslationInMainLanguage(new SourceLocation(update.SourcePath), update.Language!));
        }
        var kept = new List<Translation>();
        foreach (var translation in translations)
        {
            if (kept.FirstOrDefault(other => ReferenceEquals(other.Original, translation.Original) && other.Language == translation.Language) is { } first)
            {
                diagnostics.Add(Problems.TranslationTwice(new SourceLocation(translation.Text.SourcePath), translation.Language, first.Text.SourcePath));
                continue;
            }
            if (Contradictions(translation, config, diagnostics))
                kept.Add(translation);
        }
        return content with { Updates = originals, Translations = kept };
    }

    private static Dictionary<string, Update> Index(IEnumerable<Update> originals)
    {
        var byKey = new Dictionary<string, Update>(StringComparer.Ordinal);
        foreach (var original in originals)
            byKey.TryAdd(original.TranslationKey, original);
        return byKey;
    }

    /// <summary>Reports every non-language field the translation writes differently from its original; true when there is none.</summary>
    private static bool Contradictions(Translation translation, SiteConfig config, DiagnosticBag diagnostics)
    {
        var (original, text) = (translation.Original, translation.Text);
        var errorsBefore = diagnostics.ErrorCount;
        void Differ(string key, string written, string theirs)
        {
            if (written != theirs)
                diagnostics.Add(Problems.TranslationContradicts(text.Keys[key], key, written, theirs, original.SourcePath));
        }
        string Time(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, config.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (text.Keys.ContainsKey("date"))
            Differ("date", Time(text.Date), Time(original.Date));
        if (text.Keys.ContainsKey("severity"))
            Differ("severity", text.Severity.Name(), original.Severity.Name());
        if (text.Keys.ContainsKey("pinned"))
            Differ("pinned", text.Pinned ? "true" : "false", original.Pinned ? "true" : "false");
        if (text.Keys.ContainsKey("slug"))
            Differ("slug", text.Slug, original.Slug);
        if (text.Keys.ContainsKey("planned"))
            Differ("planned", text.Planned is { } window ? $"{Time(window.Start)}–{Time(window.End)} {window.Written?.Name()}" : "",
                original.Planned is { } theirs ? $"{Time(theirs.Start)}–{Time(theirs.End)} {theirs.Written?.Name()}" : "");
        if (text.Keys.ContainsKey("nextUpdate"))
            Differ("nextUpdate", text.NextUpdate is { } next ? Time(next) : "", original.NextUpdate is { } theirs ? Time(theirs) : "");
        if (text.Keys.ContainsKey("incident"))
            Differ("incident", text.Incident ?? "", original.Incident ?? "");
        if (text.Keys.ContainsKey("state"))
            Differ("state", text.State?.Name() ?? "", original.State?.Name() ?? "");
        if (text.Keys.ContainsKey("replaces"))
            Differ("replaces", text.Replaces ?? "", original.Replaces ?? "");
        if (text.Keys.ContainsKey("tags"))
            Differ("tags", string.Join(", ", text.Tags), string.Join(", ", original.Tags));
        if (text.Keys.ContainsKey("services"))
        {
            foreach (var change in text.Services)
            {
                var theirs = original.Services.FirstOrDefault(other => other.ServiceId == change.ServiceId);
                if (theirs?.Status != change.Status)
                    diagnostics.Add(Problems.TranslationContradicts(change.Location, "services." + change.ServiceId, change.Status.Name(), theirs?.Status.Name() ?? "(not named)", original.SourcePath));
            }
            foreach (var missing in original.Services.Where(change => text.Services.All(other => other.ServiceId != change.ServiceId)))
                diagnostics.Add(Problems.TranslationContradicts(text.Keys["services"], "services." + missing.ServiceId, "(not named)", missing.Status.Name(), original.SourcePath));
        }
        return diagnostics.ErrorCount == errorsBefore;
    }
}
