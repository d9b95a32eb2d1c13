using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Features.Languages.Settings;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Content;

/// <summary>Reads one update file's text into an <see cref="Update"/>, reporting each problem where it was written.</summary>
public static class UpdateParser
{
    private static readonly string[] KnownKeys =
        ["title", "date", "updated", "summary", "severity", "pinned", "draft", "services", "tags", "slug", "banner", "sms", "advice", "language", "translationKey", "original", "replaces", "incident", "state", "nextUpdate", "planned"];

    /// <summary>Returns null when the file cannot become a page; the reasons are in <paramref name="diagnostics"/>.</summary>
    public static Update? Parse(string path, string text, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Problems.FileEmpty(path));
            return null;
        }
        switch (FrontMatter.TrySplit(text, out var frontMatter))
        {
            case FrontMatter.SplitResult.Missing:
                diagnostics.Add(Problems.FrontMatterMissing(new SourceLocation(path, 1, 1)));
                return null;
            case FrontMatter.SplitResult.NotClosed:
                diagnostics.Add(Problems.FrontMatterNotClosed(new SourceLocation(path, 1, 1)));
                return null;
        }

        var source = new YamlSource(path, frontMatter!.Yaml, frontMatter.YamlLine - 1, ProblemArea.Content);
        var root = source.Parse(diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrorsIn(path))
                diagnostics.Add(Problems.RequiredMissing(source, new SourceLocation(path, 1, 1), "title"));
            return null;
        }
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Add(YamlSlips.NotAMapping(source, root));
            return null;
        }

        var yaml = new YamlMappingReader(mapping, source, diagnostics);
        var errorsBefore = diagnostics.ErrorCount;
        yaml.WarnUnknownKeys(KnownKeys, [.. config.Services.Select(service => service.Id)]);

        var (language, baseName, meantAsTranslation) = ReadLanguage(yaml, path, config);
        var title = yaml.Text("title", required: true);
        // A file meant as a translation leaves the date to its original, also when its language was written wrong.
        var (date, dateHasTime) = ReadDate(yaml, "date", config.TimeZone, required: !meantAsTranslation);
        var (updated, _) = ReadDate(yaml, "updated", config.TimeZone, required: false);
        var (nextUpdate, _) = ReadDate(yaml, "nextUpdate", config.TimeZone, required: false);
        var planned = ReadPlanned(yaml, config.TimeZone);
        if (nextUpdate is { } promised && (updated ?? date) is { } written && promised <= written)
        {
            yaml.Diagnostics.Add(Problems.NextUpdateNotAfter(yaml.LocationOf("nextUpdate"), updated is null ? "date" : "updated"));
            nextUpdate = null;
        }
        var summary = yaml.Text("summary");
        var severity = ReadSeverity(yaml);
        var pinned = yaml.Flag("pinned");
        var draft = yaml.Flag("draft");
        var services = ReadServices(yaml, config);
        var tags = yaml.StringList("tags").Select(SourceText.Clean).Where(tag => tag.Length > 0).Distinct().ToList();
        var (slug, slugLocation) = ReadSlug(yaml, path, baseName);
        var translationKey = yaml.Text("translationKey") is { } key ? key.Trim() : Path.GetFileName(baseName);
        var original = ReadOriginal(yaml, config.TimeZone);
        var banner = ReadBanner(yaml);
        var sms = ReadSms(yaml, path);
        var advice = yaml.Text("advice") is { } adviceText && SourceText.Clean(adviceText) is { Length: > 0 } cleanAdvice ? cleanAdvice : null;
        var (incident, state) = ReadIncident(yaml, meantAsTranslation);
        var replaces = yaml.Text("replaces") is { } replacesText && SourceText.Clean(replacesText) is { Length: > 0 } earlier
            ? Path.GetFileName(earlier.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? earlier[..^3] : earlier)
            : null;

        if (diagnostics.ErrorCount > errorsBefore || title is null || (date is null && language is null) || slug is null)
            return null;
        if (draft != true)
            PlaceholderCheck.Check(path, text, diagnostics);
        var cleanTitle = SourceText.Clean(title);
        if (cleanTitle.Length == 0)
        {
            diagnostics.Add(Problems.RequiredEmpty(source, yaml.LocationOf("title"), "title"));
            return null;
        }

        return new Update
        {
            SourcePath = path,
            Slug = slug,
            SlugLocation = slugLocation,
            DateLocation = yaml.LocationOf("date"),
            Title = cleanTitle,
            Date = date ?? default,
            DateWritten = date is not null,
            DateHasTime = dateHasTime,
            Language = language,
            TranslationKey = translationKey,
            Original = original,
            Keys = yaml.Entries().Select(entry => entry.Key).Where(KnownKeys.Contains).Distinct().ToDictionary(name => name, yaml.LocationOf, StringComparer.Ordinal),
            Updated = updated,
            Summary = summary is null ? null : SourceText.Clean(summary) is { Length: > 0 } clean ? clean : null,
            Severity = severity ?? Severity.Info,
            Pinned = pinned ?? false,
            Draft = draft ?? false,
            Services = services,
            Tags = tags,
            Banner = banner,
            Sms = sms,
            Advice = advice,
            Replaces = replaces,
            Incident = incident,
            State = state,
            NextUpdate = nextUpdate,
            Planned = planned,
            Body = frontMatter.Body,
            BodyLine = frontMatter.BodyLine,
        };
    }

    private static (DateTimeOffset? Value, bool HasTime) ReadDate(YamlMappingReader yaml, string key, TimeZoneInfo timeZone, bool required)
    {
        var text = yaml.Text(key, required);
        if (text is null)
            return (null, false);
        if (DateValue.TryParse(text, timeZone, out var value, out var hasTime))
            return (value, hasTime);
        yaml.Diagnostics.Add(Problems.DateInvalid(yaml.LocationOf(key), yaml.Name(key), text));
        return (null, false);
    }

    /// <summary>'planned: { start, end, state }': both times in the site's zone, the end after the start; state cancelled or postponed.</summary>
    private static PlannedWindow? ReadPlanned(YamlMappingReader yaml, TimeZoneInfo timeZone)
    {
        if (yaml.Mapping("planned") is not { } planned)
            return null;
        planned.WarnUnknownKeys(["start", "end", "state"]);
        var (start, _) = ReadDate(planned, "start", timeZone, required: true);
        var (end, _) = ReadDate(planned, "end", timeZone, required: true);
        PlannedState? written = null;
        if (planned.Text("state") is { } text)
        {
            if (text.Trim() is "cancelled" or "postponed")
                written = text.Trim() == "cancelled" ? PlannedState.Cancelled : PlannedState.Postponed;
            else
                yaml.Diagnostics.Add(Problems.PlannedStateUnknown(planned.LocationOf("state"), text));
        }
        if (start is null || end is null)
            return null;
        if (end <= start)
        {
            yaml.Diagnostics.Add(Problems.PlannedEndNotAfterStart(planned.LocationOf("end")));
            return null;
        }
        return new PlannedWindow(start.Value, end.Value, written);
    }

    /// <summary>
    /// 'incident: id' (as service ids are written) and 'state', which needs an incident to be the state of (a translation's
    /// is its original's: the translation matcher compares them).
    /// </summary>
    private static (string? Incident, IncidentState? State) ReadIncident(YamlMappingReader yaml, bool meantAsTranslation)
    {
        string? incident = null;
        if (yaml.Text("incident") is { } id)
        {
            if (Slugs.IsSafeId(id.Trim()))
                incident = id.Trim();
            else
                yaml.Diagnostics.Add(Problems.IncidentIdInvalid(yaml.LocationOf("incident"), id));
        }
        if (yaml.Text("state") is not { } text)
            return (incident, null);
        if (!ContentNames.TryParseIncidentState(text, out var state))
        {
            yaml.Diagnostics.Add(Problems.IncidentStateUnknown(yaml.LocationOf("state"), text,
                Suggestions.Nearest(text.Trim().ToLowerInvariant(), [.. Enum.GetValues<IncidentState>().Select(known => known.Name())])));
            return (incident, null);
        }
        if (yaml.Node("incident") is null && !meantAsTranslation)
        {
            yaml.Diagnostics.Add(Problems.IncidentStateWithoutIncident(yaml.LocationOf("state")));
            return (incident, null);
        }
        return (incident, state);
    }

    internal static Severity? ReadSeverity(YamlMappingReader yaml)
    {
        var text = yaml.Text("severity");
        if (text is null)
            return null;
        if (ContentNames.TryParseSeverity(text, out var severity))
            return severity;
        yaml.Diagnostics.Add(Problems.SeverityUnknown(yaml.LocationOf("severity"), text));
        return null;
    }

    internal static List<ServiceChange> ReadServices(YamlMappingReader yaml, SiteConfig config)
    {
        var knownIds = config.Services.Select(service => service.Id).ToList();
        var changes = new List<ServiceChange>();
        if (yaml.Mapping("services") is not { } services)
            return changes;
        foreach (var (id, keyNode, value) in services.Entries())
        {
            var location = yaml.Source.At(keyNode);
            if (!knownIds.Contains(id, StringComparer.Ordinal))
            {
                yaml.Diagnostics.Add(Problems.ServiceUnknown(location, id, knownIds));
                continue;
            }
            if (value is not YamlScalarNode { Value: { } text })
            {
                yaml.Diagnostics.Add(Problems.WrongType(yaml.Source, yaml.Source.At(value), "services." + id, YamlShapes.Describe(value), YamlShapes.Status));
                continue;
            }
            if (!ContentNames.TryParseStatus(text, out var status))
            {
                yaml.Diagnostics.Add(Problems.ServiceStatusUnknown(yaml.Source.At(value), id, text));
                continue;
            }
            changes.Add(new ServiceChange(id, status, location));
        }
        return changes;
    }

    /// <summary>'banner: { headline, text }', both optional: the words other sites show in their banner.</summary>
    /// <summary>The text to send by SMS; more than one message is allowed, with a warning saying how many.</summary>
    private static string? ReadSms(YamlMappingReader yaml, string path)
    {
        if (yaml.Text("sms") is not { } text || SourceText.Clean(text) is not { Length: > 0 } sms)
            return null;
        var length = SmsLength.Measure(sms);
        if (length.Messages > 1)
            yaml.Diagnostics.Add(Problems.SmsTooLong(yaml.LocationOf("sms"), path, length.Messages, length.Units, length.Gsm));
        return sms;
    }

    private static BannerText? ReadBanner(YamlMappingReader yaml)
    {
        if (yaml.Mapping("banner") is not { } banner)
            return null;
        banner.WarnUnknownKeys(["headline", "text"]);
        var headline = banner.Text("headline") is { } h ? SourceText.Clean(h) : null;
        var text = banner.Text("text") is { } t ? SourceText.Clean(t) : null;
        return new BannerText(headline is { Length: > 0 } ? headline : null, text is { Length: > 0 } ? text : null, yaml.LocationOf("banner"));
    }

    /// <summary>
    /// The language of the text when it is not the main language: the file name's last part before ".md" when it is one of
    /// the site's languages ("x.en.md"), else 'language:'. Returns the file's path without ".md" and that language.
    /// </summary>
    private static (string? Language, string BaseName, bool MeantAsTranslation) ReadLanguage(YamlMappingReader yaml, string path, SiteConfig config)
    {
        var withoutExtension = path[..^Path.GetExtension(path).Length];
        var published = config.Languages.Select(language => language.Code).ToList();
        string? language = null;
        var meant = false;
        var baseName = withoutExtension;
        var dot = withoutExtension.LastIndexOf('.');
        if (dot > withoutExtension.LastIndexOf('/') && withoutExtension[(dot + 1)..] is var suffix)
        {
            var fileLocation = new SourceLocation(path);
            meant = suffix == config.Language || KnownLanguages.Find(suffix) is not null;
            // "x.sv.md" on a site in several languages: a translation into the main language of an update first written in
            // another ("x.en.md"); the matcher reports it when it is not.
            if (published.Contains(suffix, StringComparer.Ordinal) || (suffix == config.Language && published.Count > 0))
                (language, baseName) = (suffix, withoutExtension[..dot]);
            else if (suffix == config.Language)
                yaml.Diagnostics.Add(Problems.TranslationInMainLanguage(fileLocation, suffix));
            else if (KnownLanguages.Find(suffix) is { } known)
                yaml.Diagnostics.Add(Problems.TranslationLanguageNotPublished(fileLocation, suffix, known.English, known.Swedish));
        }
        if (yaml.Text("language") is { } written && written.Trim() is var code && code.Length > 0)
        {
            if (code == config.Language && language is null)
                return (null, baseName, meant);
            meant = true;
            if (!published.Contains(code, StringComparer.Ordinal))
                yaml.Diagnostics.Add(Problems.LanguageOfUpdateUnknown(yaml.LocationOf("language"), code, Suggestions.Nearest(code, [config.Language, .. published]) ?? KnownLanguages.Suggest(code)));
            else if (language is not null && language != code)
                yaml.Diagnostics.Add(Problems.LanguageDiffersFromFileName(yaml.LocationOf("language"), code, language));
            else
                language = code;
        }
        return (language, baseName, meant);
    }

    /// <summary>'original: { updated, hash }', written by the tool when a translation is begun or brought up to date.</summary>
    private static TranslationRecord? ReadOriginal(YamlMappingReader yaml, TimeZoneInfo timeZone)
    {
        if (yaml.Mapping("original") is not { } original)
            return null;
        original.WarnUnknownKeys(["updated", "hash"]);
        DateTimeOffset? updated = null;
        if (original.Text("updated") is { } text)
        {
            if (DateValue.TryParse(text, timeZone, out var value, out _))
                updated = value;
            else
                yaml.Diagnostics.Add(Problems.TranslationRecordInvalid(original.LocationOf("updated"), "updated", text));
        }
        var hash = original.Text("hash")?.Trim();
        if (hash is not null && !OriginalText.IsHash(hash))
        {
            yaml.Diagnostics.Add(Problems.TranslationRecordInvalid(original.LocationOf("hash"), "hash", hash));
            hash = null;
        }
        return new TranslationRecord(updated, hash, yaml.LocationOf("original"));
    }

    private static (string? Slug, SourceLocation Location) ReadSlug(YamlMappingReader yaml, string path, string baseName)
    {
        var written = yaml.Text("slug");
        if (written is not null)
        {
            var location = yaml.LocationOf("slug");
            if (Slugs.IsSafe(written))
                return (written, location);
            yaml.Diagnostics.Add(Problems.SlugUnsafe(location, written));
            return (null, location);
        }
        var fileLocation = new SourceLocation(path);
        var slug = Slugs.FromText(Path.GetFileName(baseName));
        // A page's name is the slug plus ".html": from a file name near the file system's limit it would not fit.
        if (slug.Length == 0 || !Slugs.IsSafe(slug))
        {
            yaml.Diagnostics.Add(Problems.SlugUnsafe(fileLocation, Path.GetFileNameWithoutExtension(path)));
            return (null, fileLocation);
        }
        return (slug, fileLocation);
    }
}
