using StaticCrisis.Core.Build.Markdown;

namespace StaticCrisis.Core.Site;

/// <summary>
/// One entry of the timeline and of the site's feed: an update on its own, or an incident shown once, at its newest
/// update, with its state. An incident's entry keeps its place and its id as the incident changes; only its time moves.
/// </summary>
public sealed record TimelineEntry(RenderedUpdate Update, Incident? Incident)
{
    public string Title => Incident?.Title ?? Update.Update.Title;

    /// <summary>When it began: the incident's first update, or the update's own date.</summary>
    public DateTimeOffset Published => Incident?.Started ?? Update.Update.Date;

    /// <summary>When it last changed: the newest date or 'updated' time among its updates.</summary>
    public DateTimeOffset Modified => Incident is { } incident
        ? incident.Updates.Max(rendered => SiteModel.Modified(rendered.Update))
        : SiteModel.Modified(Update.Update);

    /// <summary>Its page: the incident's, else the update's.</summary>
    public string OutputPath => Incident?.OutputPath ?? Update.Update.OutputPath;

    /// <summary>
    /// The updates newest first as entries: each incident once, where its newest update is, every other update on its own.
    /// </summary>
    public static IEnumerable<TimelineEntry> Of(IEnumerable<RenderedUpdate> newestFirst, Func<RenderedUpdate, Incident?> incidentOf)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rendered in newestFirst)
        {
            var incident = incidentOf(rendered);
            if (incident is null)
                yield return new TimelineEntry(rendered, null);
            else if (shown.Add(incident.Id))
                yield return new TimelineEntry(incident.Newest, incident);
        }
    }
}
