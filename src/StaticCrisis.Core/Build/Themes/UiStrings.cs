using System.Globalization;
using System.Reflection;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Features.Languages.Settings;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Build.Themes;

/// <summary>
/// The theme's words in one language, from <c>strings/&lt;language&gt;.yml</c>. Adding a language is adding one file;
/// a missing key is reported by name, so a translator sees what is left to do.
/// </summary>
public sealed class UiStrings
{
    /// <summary>BCP 47 tag for <c>&lt;html lang&gt;</c> and the feed, e.g. "sv".</summary>
    public string Lang { get; set; } = null!;

    /// <summary>"ltr" or "rtl".</summary>
    public string Dir { get; set; } = null!;

    /// <summary>Culture whose month and day names dates use, e.g. "sv-SE".</summary>
    public string Culture { get; set; } = null!;

    /// <summary>.NET date formats: a day, a time of day and a month heading.</summary>
    public string DateFormat { get; set; } = null!;
    public string DateTimeFormat { get; set; } = null!;
    public string MonthFormat { get; set; } = null!;

    public string SkipToContent { get; set; } = null!;
    public string Navigation { get; set; } = null!;
    public string Home { get; set; } = null!;
    public string Archive { get; set; } = null!;
    public string Feed { get; set; } = null!;
    public string SituationNow { get; set; } = null!;
    public string ServiceBoard { get; set; } = null!;
    public string Service { get; set; } = null!;
    public string Status { get; set; } = null!;
    public string NoReportedDisruption { get; set; } = null!;
    public string StatusSetBy { get; set; } = null!;
    public string LatestUpdates { get; set; } = null!;
    public string AllUpdates { get; set; } = null!;
    public string NoUpdates { get; set; } = null!;
    public string Published { get; set; } = null!;
    public string UpdatedAt { get; set; } = null!;
    public string SeverityLabel { get; set; } = null!;
    public string AffectedServices { get; set; } = null!;
    public string NewerUpdate { get; set; } = null!;
    public string OlderUpdate { get; set; } = null!;
    public string Contact { get; set; } = null!;
    public string ArchiveTitle { get; set; } = null!;
    public string NotFoundTitle { get; set; } = null!;
    public string NotFoundText { get; set; } = null!;
    public string Tags { get; set; } = null!;
    public string SiteAddress { get; set; } = null!;
    public string NoticeLink { get; set; } = null!;
    public string EmbedLink { get; set; } = null!;
    public string EmbedTitle { get; set; } = null!;
    public string EmbedIntro { get; set; } = null!;
    public string EmbedBanner { get; set; } = null!;
    public string EmbedLinkBlock { get; set; } = null!;
    public string EmbedMachines { get; set; } = null!;
    public string NoticeTitle { get; set; } = null!;
    public string NoticeValidAt { get; set; } = null!;
    public string NoticeReadMore { get; set; } = null!;
    public string RightNow { get; set; } = null!;
    public string Advice { get; set; } = null!;
    public string Phone { get; set; } = null!;
    public string ServiceHistory { get; set; } = null!;
    public string ServiceHistoryEmpty { get; set; } = null!;
    public string FollowService { get; set; } = null!;
    public string Update { get; set; } = null!;
    public string BannerReadMore { get; set; } = null!;
    public string Email { get; set; } = null!;
    public string AccessibilityLink { get; set; } = null!;
    public string AccessibilityTitle { get; set; } = null!;
    public string AccessibilityIntro { get; set; } = null!;
    public string AccessibilityHowAccessible { get; set; } = null!;
    public string AccessibilityCompliance { get; set; } = null!;
    public string AccessibilityContactHeading { get; set; } = null!;
    public string AccessibilityContactText { get; set; } = null!;
    public string AccessibilitySupervisionHeading { get; set; } = null!;
    public string AccessibilitySupervisionText { get; set; } = null!;
    public string AccessibilityReportLink { get; set; } = null!;
    public string AccessibilityContentHeading { get; set; } = null!;
    public string AccessibilityProblems { get; set; } = null!;
    public string AccessibilityProblemsNone { get; set; } = null!;
    public string AccessibilityBurden { get; set; } = null!;
    public string AccessibilityBurdenNone { get; set; } = null!;
    public string AccessibilityOutsideLaw { get; set; } = null!;
    public string AccessibilityOutsideLawNone { get; set; } = null!;
    public string AccessibilityMethodHeading { get; set; } = null!;
    public string AccessibilityAssessor { get; set; } = null!;
    public string AccessibilityAssessed { get; set; } = null!;
    public string AccessibilityUpdated { get; set; } = null!;
    public string AboutLink { get; set; } = null!;
    public string AboutTitle { get; set; } = null!;
    public string AboutPublisherHeading { get; set; } = null!;
    public string AboutPublisher { get; set; } = null!;
    public string AboutChannelsHeading { get; set; } = null!;
    public string AboutChannelsText { get; set; } = null!;
    public string AboutMoreInformation { get; set; } = null!;
    public string AlsoPublishedAt { get; set; } = null!;
    public string AboutCopiesHeading { get; set; } = null!;
    public string AboutCopiesText { get; set; } = null!;
    public string AboutVerifyHeading { get; set; } = null!;
    public string AboutVerifyText { get; set; } = null!;
    public string AboutVerifyMinisign { get; set; } = null!;
    public string AboutPublicKey { get; set; } = null!;
    /// <summary>Who checked these strings as a native speaker (name, organisation, date); "" until someone has: <c>check</c> lists them.</summary>
    public string ReviewedBy { get; set; } = null!;
    public string Languages { get; set; } = null!;
    public string UntranslatedNotice { get; set; } = null!;

    /// <summary>Before the link to the update that corrects or replaces this one.</summary>
    public string ReplacedBy { get; set; } = null!;

    /// <summary>The label of the link to the earlier update this one corrects or replaces.</summary>
    public string Replaces { get; set; } = null!;

    /// <summary>On a replaced update in lists.</summary>
    public string ReplacedLabel { get; set; } = null!;

    /// <summary>The label of an update's incident, and the incident page's kind.</summary>
    public string Incident { get; set; } = null!;

    /// <summary>Incident states by name (investigating, identified, monitoring, resolved).</summary>
    public Dictionary<string, string> IncidentStates { get; set; } = null!;

    public string IncidentUpdates { get; set; } = null!;

    public string IncidentBegan { get; set; } = null!;

    public string IncidentResolved { get; set; } = null!;

    public string IncidentStateLabel { get; set; } = null!;

    /// <summary>The heading over the planned disruptions not yet over.</summary>
    public string PlannedDisruptions { get; set; } = null!;

    /// <summary>A planned window: {0} its start, {1} its end.</summary>
    public string PlannedWindow { get; set; } = null!;

    /// <summary>Planned disruptions' states by name (scheduled, inProgress, completed, cancelled, postponed).</summary>
    public Dictionary<string, string> PlannedStates { get; set; } = null!;

    /// <summary>The link to planned.ics (and a service's .ics on its page).</summary>
    public string PlannedCalendar { get; set; } = null!;

    /// <summary>The label of an update's planned window, and of a coming one on the board.</summary>
    public string PlannedLabel { get; set; } = null!;

    /// <summary>The about page's section on the second pair of eyes (site.yml 'review:'); in ReviewApproved {0} of {1}.</summary>
    public string ReviewHeading { get; set; } = null!;

    public string ReviewApproved { get; set; } = null!;

    public string ReviewNotYet { get; set; } = null!;

    /// <summary>On every page: since when the site has shown what it shows ("Läget gällde {0}"); {0} is the time.</summary>
    public string SituationAsOf { get; set; } = null!;

    /// <summary>An incident's entry in the timeline: how many updates it has; {0} is the number.</summary>
    public string IncidentUpdateCount { get; set; } = null!;

    /// <summary>The home page's heading over the incidents not yet resolved.</summary>
    public string OpenIncidents { get; set; } = null!;

    /// <summary>Before the time of an incident's newest update.</summary>
    public string IncidentLatest { get; set; } = null!;

    /// <summary>The label of the promised next update's time.</summary>
    public string NextUpdate { get; set; } = null!;

    /// <summary>When the promised next update has not come; {0} is its time.</summary>
    public string NextUpdateLate { get; set; } = null!;
    public string UntranslatedLabel { get; set; } = null!;
    public string TranslationStale { get; set; } = null!;
    public string TranslationStaleUndated { get; set; } = null!;

    /// <summary>Other languages' names in this language, by code ("sv": "Swedish"), for "the Swedish original follows".</summary>
    public Dictionary<string, string> LanguageNames { get; set; } = null!;

    public Dictionary<string, string> Severities { get; set; } = null!;
    public Dictionary<string, string> Statuses { get; set; } = null!;

    /// <summary>A status as a plain sentence for a service's page ("The service works as usual.").</summary>
    public Dictionary<string, string> StatusTexts { get; set; } = null!;

    /// <summary>The accessibility statement's compliance, by its site.yml value (full, partial, none): "delvis förenlig".</summary>
    public Dictionary<string, string> Compliances { get; set; } = null!;

    /// <summary>How the site's accessibility was assessed, by its site.yml value (self-assessment, third-party), as a sentence.</summary>
    public Dictionary<string, string> Methods { get; set; } = null!;

    /// <summary>The names of the official channels on about.html, by key (rss, atom, json, notice, summary, sms, status, embed).</summary>
    public Dictionary<string, string> Channels { get; set; } = null!;

    /// <summary>Keys every dictionary of strings must have.</summary>
    private static readonly (string Key, string[] Names)[] RequiredEntries =
    [
        ("severities", [.. Enum.GetValues<Severity>().Select(s => s.Name())]),
        ("statuses", [.. Enum.GetValues<ServiceStatus>().Select(s => s.Name())]),
        ("incidentStates", [.. Enum.GetValues<IncidentState>().Select(s => s.Name())]),
        ("plannedStates", [.. Enum.GetValues<PlannedState>().Select(s => s.Name())]),
        ("statusTexts", [.. Enum.GetValues<ServiceStatus>().Select(s => s.Name())]),
        ("compliances", ["full", "partial", "none"]),
        ("methods", ["self-assessment", "third-party"]),
        ("channels", ["rss", "atom", "json", "notice", "summary", "sms", "status", "embed"]),
    ];

    public CultureInfo CultureInfo { get; private set; } = CultureInfo.InvariantCulture;

    public string Name(Severity severity) => Severities[severity.Name()];

    public string Name(ServiceStatus status) => Statuses[status.Name()];

    public string Name(IncidentState state) => IncidentStates[state.Name()];

    public string Name(PlannedState state) => PlannedStates[state.Name()];

    public string Sentence(ServiceStatus status) => StatusTexts[status.Name()];

    /// <summary>A language's name in this language; its own name where these strings do not have it.</summary>
    public string NameOf(KnownLanguage language) => LanguageNames.GetValueOrDefault(language.Code, language.Endonym);

    /// <summary>The name of the language with this code in the page's language; a code no one knows is shown as it is.</summary>
    public string NameOf(string code) => LanguageNames.GetValueOrDefault(code, KnownLanguages.Find(code)?.Endonym ?? code);

    // Keys are the properties' names in camelCase; read with the node reader rather than YamlDotNet's reflection-based
    // deserializer, whose set-up alone cost more start-up time than the rest of loading the config.
    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(UiStrings)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(property => property.SetMethod?.IsPublic == true)
        .ToDictionary(property => char.ToLowerInvariant(property.Name[0]) + property.Name[1..], StringComparer.Ordinal);

    /// <summary>
    /// Dates in the Gregorian calendar, in every language: a resident matches them with the Swedish letters, notices and
    /// other languages' pages of the same site. Persian's culture counts in the Persian calendar by default.
    /// </summary>
    private static CultureInfo Gregorian(CultureInfo culture)
    {
        if (culture.Calendar is GregorianCalendar || Array.Find(culture.OptionalCalendars, calendar => calendar is GregorianCalendar) is not { } gregorian)
            return culture;
        var copy = (CultureInfo)culture.Clone();
        copy.DateTimeFormat.Calendar = gregorian;
        return CultureInfo.ReadOnly(copy);
    }

    public static UiStrings? Load(Theme theme, string language, SourceLocation languageLocation, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(theme.StringsDirectory, language + ".yml");
        if (!File.Exists(path))
        {
            diagnostics.Add(Problems.LanguageUnknown(languageLocation, language, theme.Languages));
            return null;
        }
        var shownPath = $"themes/{theme.Name}/strings/{language}.yml";
        var text = SourceText.Decode(File.ReadAllBytes(path), shownPath, diagnostics);
        if (text is null)
            return null;
        var source = new YamlSource(shownPath, text, 0, ProblemArea.SiteConfig);
        var errorsBefore = diagnostics.ErrorCount;
        if (source.Parse(diagnostics) is not YamlMappingNode root)
        {
            if (diagnostics.ErrorCount == errorsBefore)
                diagnostics.Add(Problems.StringsInvalid(new SourceLocation(shownPath), "expected keys and values"));
            return null;
        }
        var yaml = new YamlMappingReader(root, source, diagnostics);
        yaml.WarnUnknownKeys(Properties.Keys);
        var strings = new UiStrings();
        foreach (var (key, property) in Properties)
        {
            if (property.PropertyType == typeof(string))
                property.SetValue(strings, yaml.Text(key));
            else if (yaml.Mapping(key) is { } mapping)
                property.SetValue(strings, mapping.Entries().Where(entry => entry.Value is YamlScalarNode).ToDictionary(entry => entry.Key, entry => ((YamlScalarNode)entry.Value).Value ?? "", StringComparer.Ordinal));
        }
        if (diagnostics.ErrorCount > errorsBefore)
            return null;

        var missing = typeof(UiStrings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod?.IsPublic == true && property.GetValue(strings) is null)
            .Select(property => char.ToLowerInvariant(property.Name[0]) + property.Name[1..])
            .ToList();
        foreach (var (key, names) in RequiredEntries)
        {
            if (Properties[key].GetValue(strings) is Dictionary<string, string> entries)
                missing.AddRange(names.Where(name => !entries.ContainsKey(name)).Select(name => key + "." + name));
        }
        if (missing.Count > 0)
        {
            diagnostics.Add(Problems.StringsInvalid(new SourceLocation(shownPath), "missing " + string.Join(", ", missing)));
            return null;
        }
        try
        {
            strings.CultureInfo = Gregorian(CultureInfo.GetCultureInfo(strings.Culture));
        }
        catch (CultureNotFoundException)
        {
            diagnostics.Add(Problems.StringsInvalid(new SourceLocation(shownPath), $"culture \"{strings.Culture}\" is not known"));
            return null;
        }
        return strings;
    }
}
