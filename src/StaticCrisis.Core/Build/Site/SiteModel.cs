using System.Runtime.CompilerServices;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Site;

/// <summary>
/// The whole site as the templates and feeds see it: published updates in order and every fact derived from them.
/// Writers of pages and feeds read facts here and never re-derive them.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<Update, int> _indexOf;

    // Only feeds read it, and they show the newest few: made when first asked for, not for every update, and kept with
    // the rendered body, so a serve rebuild that reuses the body (BuildCache) reuses this too.
    private static readonly ConditionalWeakTable<RenderedUpdate, StrongBox<(string Url, string Html)>> FeedHtmlOf = new();

    /// <param name="edition">The language these pages are in; a site in one language when not given.</param>
    /// <param name="now">The build's time: planned disruptions and promised updates are judged against it; unknown when null.</param>
    public SiteModel(SiteConfig config, IEnumerable<RenderedUpdate> published, LanguageEdition? edition = null, DateTimeOffset? now = null)
    {
        Config = config;
        BuiltAt = now;
        Edition = edition ?? LanguageEdition.Only(config.MainLanguage);
        Updates = [.. published.OrderBy(u => u, NewestFirst.Instance)];
        _indexOf = Updates.Select((rendered, index) => (rendered.Update, index)).ToDictionary(pair => pair.Update, pair => pair.index, (IEqualityComparer<Update>)ReferenceEqualityComparer.Instance);
        _bySlug = new(() => Updates.ToDictionary(rendered => rendered.Update.Slug, StringComparer.Ordinal));
        _replacedBy = new(() =>
        {
            var replacedBy = new Dictionary<string, RenderedUpdate>(StringComparer.Ordinal);
            foreach (var rendered in Updates.Where(rendered => rendered.Update.Replaces is not null))
                replacedBy.TryAdd(rendered.Update.Replaces!, rendered);
            return replacedBy;
        });
        Incidents = [.. Updates.Where(rendered => rendered.Update.Incident is not null)
            .GroupBy(rendered => rendered.Update.Incident!, StringComparer.Ordinal)
            .Select(group => new Incident(group.Key, [.. group.Reverse()]))
            .OrderBy(incident => incident.Newest, NewestFirst.Instance)];
        _incidentOf = Incidents.SelectMany(incident => incident.Updates.Select(rendered => (rendered, incident)))
            .ToDictionary(pair => pair.rendered, pair => pair.incident, (IEqualityComparer<RenderedUpdate>)ReferenceEqualityComparer.Instance);
        // A pinned update's incident goes on: its newest update is the word on it now.
        Current = Updates.FirstOrDefault(rendered => rendered.Update.Pinned) is { } pinned ? IncidentOf(pinned)?.Newest ?? pinned : null;
        ServiceBoard = [.. DeriveServiceBoard(config, Updates, now).Select(entry =>
            entry.Source is { } source && IncidentOf(source) is { IsOpen: true } open ? entry with { OpenIncident = open } : entry)];
        PlannedDisruptions = now is not { } at ? [] : [.. Updates
            .Where(rendered => rendered.Update.Planned is { } window && window.End > at)
            .OrderBy(rendered => rendered.Update.Planned!.Start)
            .ThenBy(rendered => rendered.Update.SourcePath, StringComparer.Ordinal)];
        Feeds = [
            new FeedChannel("feed", config.Title, "index.html", [.. TimelineEntry.Of(Updates, IncidentOf).Take(config.FeedItems)]),
            .. ServiceBoard.Select(entry => new FeedChannel(entry.FeedBasePath, $"{entry.Service.Name} – {config.Title}", entry.OutputPath,
                [.. entry.History.Take(config.FeedItems).Select(change => new TimelineEntry(change.Source, null))])),
        ];
        Banner = Banner.From(this);
        Months = [.. Updates
            .GroupBy(rendered => Local(rendered.Update.Date) is var local ? new DateOnly(local.Year, local.Month, 1) : default)
            .Select(group => new ArchiveMonth(group.Key, [.. group]))];
    }

    public SiteConfig Config { get; }

    /// <summary>The language of this model's pages and feeds, and where they go.</summary>
    public LanguageEdition Edition { get; }

    /// <summary>Published updates, newest first; updates of the same time in path order.</summary>
    public IReadOnlyList<RenderedUpdate> Updates { get; }

    /// <summary>"The situation now": the newest pinned update, if any; for one in an incident, the incident's newest update.</summary>
    public RenderedUpdate? Current { get; }

    /// <summary>Every service in site.yml order, with its status now and its history.</summary>
    public IReadOnlyList<ServiceBoardEntry> ServiceBoard { get; }

    /// <summary>The site's feed first, then one per service; each is written as RSS, Atom and JSON Feed.</summary>
    public IReadOnlyList<FeedChannel> Feeds { get; }

    /// <summary>What banner.html shows other sites: from the situation now.</summary>
    public Banner Banner { get; }

    /// <summary>The site-wide feed (<c>feed.xml</c>, <c>feed.atom</c>, <c>feed.json</c>).</summary>
    public FeedChannel SiteFeed => Feeds[0];

    /// <summary>A service's own feed: only the updates that set its status.</summary>
    public FeedChannel FeedOf(ServiceBoardEntry entry) => Feeds.First(feed => feed.BasePath == entry.FeedBasePath);

    /// <summary>The archive: months, newest first, each with its updates newest first.</summary>
    public IReadOnlyList<ArchiveMonth> Months { get; }

    /// <summary>The home page's newest entries: updates, and each incident once, at its newest update.</summary>
    public IReadOnlyList<TimelineEntry> Timeline => [.. TimelineEntry.Of(Updates, IncidentOf).Take(Config.TimelineItems)];

    public IReadOnlyList<RenderedUpdate> FeedItems => [.. Updates.Take(Config.FeedItems)];

    /// <summary>When the site last changed: the newest date or updated time of any update. Never the build time, so builds are reproducible.</summary>
    public DateTimeOffset? LastChanged => Updates.Count == 0 ? null : Updates.Max(rendered => Modified(rendered.Update));

    /// <summary>The update of this slug as this language shows it; the same update in every language has the same slug.</summary>
    public RenderedUpdate? BySlug(string slug) => _bySlug.Value.GetValueOrDefault(slug);

    /// <summary>
    /// The next moment the content changes by itself (an update dated ahead comes out, a promised next update becomes
    /// late, a planned window starts or ends), for whoever rebuilds on time; null when nothing is ahead or the build's time is not known.
    /// </summary>
    public DateTimeOffset? NextChange => BuiltAt is not { } now ? null
        : ComingUpdates.Concat(Updates.Select(PendingPromise).OfType<DateTimeOffset>())
            .Concat(PlannedDisruptions.Select(rendered => rendered.Update.Planned!).Where(window => window.Written is null).SelectMany(window => new[] { window.Start, window.End }))
            .Where(time => time > now).Order().Cast<DateTimeOffset?>().FirstOrDefault();

    /// <summary>
    /// "Läget gällde": the moment from which the site has shown what it shows now, the last change at or before the
    /// build's time (an update or its 'updated' time, a planned window's start or end, a promised update running late).
    /// Not the build's time itself: a rebuild that changes nothing confirms nothing, and says the same time in the same
    /// bytes, so builds stay reproducible and a publish uploads only what changed. Null for a site without updates.
    /// </summary>
    public DateTimeOffset? SituationAsOf
    {
        get
        {
            if (LastChanged is not { } changed)
                return null;
            if (BuiltAt is not { } now)
                return changed;
            var moments = Updates.Select(rendered => Modified(rendered.Update))
                .Concat(Updates.Select(rendered => rendered.Update.Planned).OfType<PlannedWindow>().Where(window => window.Written is null).SelectMany(window => new[] { window.Start, window.End }))
                .Concat(Updates.Select(LatePromise).OfType<DateTimeOffset>());
            return moments.Where(time => time <= now).DefaultIfEmpty(changed).Max();
        }
    }

    /// <summary>With 'review:' in site.yml, what the review records say of the published updates; else null.</summary>
    public Features.Review.ReviewReport? Review { get; init; }

    /// <summary>The times of the updates dated ahead of the build, not yet published.</summary>
    public IReadOnlyList<DateTimeOffset> ComingUpdates { get; init; } = [];

    /// <summary>The build's now, against which a promised next update ('nextUpdate') is pending or late; unknown when null.</summary>
    public DateTimeOffset? BuiltAt { get; }

    /// <summary>Planned disruptions not yet over, the soonest first: coming, under way, or called off before their end.</summary>
    public IReadOnlyList<RenderedUpdate> PlannedDisruptions { get; }

    /// <summary>
    /// The next update this one promised, while no newer one has come (in its incident, else on the site): pending
    /// until its time, late after it. Null once a newer update is published, or when none was promised.
    /// </summary>
    public DateTimeOffset? PendingPromise(RenderedUpdate rendered) =>
        rendered.Update.NextUpdate is { } promised && ReferenceEquals(IncidentOf(rendered)?.Newest ?? Updates[0], rendered) ? promised : null;

    /// <summary>The promised next update's time when it has passed with no newer update.</summary>
    public DateTimeOffset? LatePromise(RenderedUpdate rendered) =>
        PendingPromise(rendered) is { } promised && BuiltAt is { } now && now > promised ? promised : null;

    /// <summary>Every incident with a published update, the one updated most recently first.</summary>
    public IReadOnlyList<Incident> Incidents { get; }

    /// <summary>The incident an update belongs to ('incident:'), if any.</summary>
    public Incident? IncidentOf(RenderedUpdate rendered) => _incidentOf.GetValueOrDefault(rendered);

    private readonly Dictionary<RenderedUpdate, Incident> _incidentOf;

    /// <summary>The published update that corrects or replaces this one ('replaces:'), if any.</summary>
    public RenderedUpdate? ReplacedBy(RenderedUpdate rendered) => _replacedBy.Value.GetValueOrDefault(rendered.Update.Slug);

    /// <summary>The published update this one corrects or replaces, if any.</summary>
    public RenderedUpdate? Replaced(RenderedUpdate rendered) => rendered.Update.Replaces is { } slug ? BySlug(slug) : null;

    private readonly Lazy<Dictionary<string, RenderedUpdate>> _replacedBy;

    private readonly Lazy<Dictionary<string, RenderedUpdate>> _bySlug;

    public RenderedUpdate? Newer(RenderedUpdate rendered) => _indexOf[rendered.Update] is var i && i > 0 ? Updates[i - 1] : null;

    public RenderedUpdate? Older(RenderedUpdate rendered) => _indexOf[rendered.Update] is var i && i < Updates.Count - 1 ? Updates[i + 1] : null;

    /// <summary>
    /// The id of an update in every feed and API: its page's address, which depends only on the slug, so correcting a
    /// title or the text never makes a reader show an update twice.
    /// </summary>
    public string EntryId(RenderedUpdate rendered) => AbsoluteUrl(rendered.Update.OutputPath);

    /// <summary>The id of a feed entry: its page's address, the incident's for an incident, which stays as it changes.</summary>
    public string EntryId(TimelineEntry entry) => AbsoluteUrl(entry.OutputPath);

    /// <summary>When an update last changed: its 'updated' time, else its date.</summary>
    public static DateTimeOffset Modified(Update update) => update.Updated ?? update.Date;

    /// <summary>The body's HTML with absolute links, for reading away from its page (feeds).</summary>
    public string FeedHtml(RenderedUpdate rendered)
    {
        var url = EntryId(rendered);
        if (FeedHtmlOf.TryGetValue(rendered, out var known) && known.Value.Url == url)
            return known.Value.Html;
        var html = AbsoluteLinks.Resolve(rendered.BodyHtml, new Uri(url), rendered.BodyIsPlainMarkdown);
        FeedHtmlOf.AddOrUpdate(rendered, new((url, html)));
        return html;
    }

    /// <summary>
    /// For an update this language shows untranslated: the notice in the reader's language ("Not yet available in English;
    /// the Swedish original follows."), which feeds put before the text; null for a text in the feed's language.
    /// </summary>
    public static string? UntranslatedNotice(RenderedUpdate rendered, UiStrings strings) =>
        rendered.Untranslated is { } original ? strings.UntranslatedNotice.Replace("{0}", strings.NameOf(original), StringComparison.Ordinal) : null;

    /// <summary>The body's HTML for a feed, after the notice of an untranslated original, with the text marked in its own language.</summary>
    public string FeedHtml(RenderedUpdate rendered, UiStrings strings) =>
        UntranslatedNotice(rendered, strings) is { } notice
            ? $"<p><em>{System.Net.WebUtility.HtmlEncode(notice)}</em></p><div lang=\"{rendered.Untranslated!.Tag}\">{FeedHtml(rendered)}</div>"
            : FeedHtml(rendered);

    /// <summary>
    /// A feed entry's HTML: an update's body; for an incident, its state and number of updates, then its newest
    /// update's title and body, and a link to all of them.
    /// </summary>
    public string FeedHtml(TimelineEntry entry, UiStrings strings)
    {
        var html = FeedHtml(entry.Update, strings);
        if (PendingPromise(entry.Update) is { } next && LatePromise(entry.Update) is null)
            html += $"<p>{HtmlText(strings.NextUpdate)}: {HtmlText(Local(next).ToString(strings.DateTimeFormat, strings.CultureInfo))}</p>";
        if (IncidentLine(entry, strings) is not { } line)
            return html;
        var original = entry.Update.Untranslated;
        var heading = original is null ? "<h2>" : $"<h2 lang=\"{original.Tag}\">";
        return $"<p><strong>{HtmlText(line)}</strong></p>{heading}{HtmlText(entry.Update.Update.Title)}</h2>{html}"
            + $"<p><a href=\"{HtmlText(EntryId(entry))}\">{HtmlText(strings.IncidentUpdates)}</a></p>";
    }

    /// <summary>Only what HTML needs escaped: the words stay readable in the feed's source.</summary>
    private static string HtmlText(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>For an incident's entry: "Läge: Bevakas. Uppdateringar: 3."; null for an update on its own.</summary>
    public static string? IncidentLine(TimelineEntry entry, UiStrings strings) => entry.Incident is not { } incident ? null
        : $"{strings.IncidentStateLabel}: {strings.Name(incident.State)}. {strings.IncidentUpdateCount.Replace("{0}", incident.Updates.Count.ToString(strings.CultureInfo), StringComparison.Ordinal)}.";

    /// <summary>Where the severity names come from: the status API's schema.</summary>
    public string SeverityScheme => AbsoluteUrl(StatusSchemaPath) + "#/definitions/severity";

    /// <summary>Service ids name the service pages: scheme + id + ".html" is the service's page.</summary>
    public string ServiceScheme => AbsoluteUrl("services/");

    public const string StatusSchemaPath = "status.schema.json";

    /// <summary>An update's categories in every feed: its severity, then each affected service in the order written.</summary>
    public IReadOnlyList<EntryCategory> Categories(RenderedUpdate rendered, UiStrings strings)
    {
        var update = rendered.Update;
        var categories = new List<EntryCategory> { new(SeverityScheme, update.Severity.Name(), strings.Name(update.Severity)) };
        foreach (var change in update.Services)
        {
            if (Config.Services.FirstOrDefault(service => service.Id == change.ServiceId) is { } service)
                categories.Add(new EntryCategory(ServiceScheme, service.Id, service.Name));
        }
        return categories;
    }

    /// <summary>
    /// A tag as this edition shows it: by its name in the edition's language (site.yml 'languages', 'tags'), else as
    /// updates write it, in the main language, which then marks it (WCAG 3.1.2).
    /// </summary>
    public TagLabel Tag(string tag)
    {
        if (Edition.Language.TagNames.GetValueOrDefault(tag) is { } name)
            return new TagLabel(tag, name, null);
        var main = Config.MainLanguage.Language;
        return new TagLabel(tag, tag, main.Tag == Edition.Language.Language.Tag ? null : main);
    }

    /// <summary>A time as the site's readers see it: in the site's time zone.</summary>
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Config.TimeZone);

    /// <summary>RFC 3339 time in the site's offset (never "Z"), for feeds and the status API: "2026-03-02T15:30:00+01:00".</summary>
    public string Rfc3339(DateTimeOffset time) => Local(time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Where else residents can read the same site: every mirror's public address other than the base URL, in site.yml order.
    /// Every copy carries the same bytes, so a page lists them all rather than "the others".
    /// </summary>
    public IReadOnlyList<Uri> OtherAddresses => [.. Config.Mirrors.Select(mirror => mirror.PublicUrl).OfType<Uri>()
        .Where(url => url.AbsoluteUri != Config.BaseUrl.AbsoluteUri).DistinctBy(url => url.AbsoluteUri)];

    /// <summary>An address as short as it can be shown and still typed: without "https://" and the final '/'.</summary>
    public static string ShortAddress(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttps ? url.AbsoluteUri[(url.Scheme.Length + 3)..] : url.AbsoluteUri).TrimEnd('/');

    /// <summary>The address of a file as pages name it: the edition's own in its folder (<see cref="LanguageEdition.Localize"/>).</summary>
    public string AbsoluteUrl(string outputPath) => new Uri(Config.BaseUrl, Edition.Localize(outputPath)).AbsoluteUri;

    /// <summary>The address of a file of the output, wherever it is.</summary>
    public string AbsoluteUrlOfFile(string outputPath) => new Uri(Config.BaseUrl, outputPath).AbsoluteUri;

    /// <summary>
    /// Each service's history, newest first. A planned disruption sets its statuses from its start, and only while it is
    /// under way: before, it is one of the service's coming windows; after, the service is as the other updates say.
    /// </summary>
    private static List<ServiceBoardEntry> DeriveServiceBoard(SiteConfig config, IReadOnlyList<RenderedUpdate> newestFirst, DateTimeOffset? now)
    {
        var board = new List<ServiceBoardEntry>();
        foreach (var service in config.Services)
        {
            var history = new List<(DateTimeOffset At, StatusChange Change)>();
            var coming = new List<StatusChange>();
            var completed = new List<StatusChange>();
            foreach (var rendered in newestFirst)
            {
                if (rendered.Update.Services.FirstOrDefault(change => change.ServiceId == service.Id) is not { } change)
                    continue;
                if (rendered.Update.Planned is not { } window)
                    history.Add((rendered.Update.Date, new StatusChange(change.Status, rendered)));
                else if (now is { } at && window.InEffectAt(at))
                    history.Add((window.Start, new StatusChange(change.Status, rendered)));
                else if (now is { } before && window.StateAt(before) == PlannedState.Scheduled)
                    coming.Add(new StatusChange(change.Status, rendered));
                else if (now is { } after && window.StateAt(after) == PlannedState.Completed)
                    completed.Add(new StatusChange(change.Status, rendered));
            }
            var changes = history.Select(entry => entry.Change).ToList();
            board.Add(new ServiceBoardEntry(service, [.. history.OrderByDescending(entry => entry.At.UtcDateTime).Select(entry => entry.Change)])
            {
                Coming = [.. coming.OrderBy(change => change.Source.Update.Planned!.Start)],
                Record = [.. changes.Concat(completed).OrderByDescending(change => change.At.UtcDateTime)],
            });
        }
        return board;
    }
}
