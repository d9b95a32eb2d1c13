using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Channels;

/// <summary>
/// planned.ics and services/&lt;id&gt;.ics: every planned disruption as an RFC 5545 event (Ical.Net), for residents and
/// partners to subscribe to. UIDs never change; SEQUENCE grows with every later 'updated'; a cancelled window stays in
/// the calendar with STATUS:CANCELLED, so calendars that have it take it away; times are in the site's zone.
/// </summary>
public static class PlannedCalendarWriter
{
    public const string FileName = "planned.ics";

    public static IEnumerable<OutputFile> WriteAll(SiteModel site, UiStrings strings)
    {
        var planned = site.Updates.Where(rendered => rendered.Update.Planned is not null).OrderBy(rendered => rendered.Update.Planned!.Start).ThenBy(rendered => rendered.Update.Slug, StringComparer.Ordinal).ToList();
        yield return Write(site, strings, FileName, site.Config.Title, planned);
        foreach (var entry in site.ServiceBoard)
        {
            yield return Write(site, strings, entry.CalendarPath, $"{entry.Service.Name} – {site.Config.Title}",
                [.. planned.Where(rendered => rendered.Update.Services.Any(change => change.ServiceId == entry.Service.Id))]);
        }
    }

    private static OutputFile Write(SiteModel site, UiStrings strings, string path, string name, List<RenderedUpdate> planned) => OutputFile.LaterText(path, () =>
    {
        var zone = site.Config.TimeZone.Id;
        var calendar = new Calendar { ProductId = "-//StaticCrisis//planned disruptions//" + strings.Lang.ToUpperInvariant() };
        calendar.AddProperty("X-WR-CALNAME", $"{strings.PlannedDisruptions} – {name}");
        calendar.AddProperty("X-WR-TIMEZONE", zone);
        // The zone's rules from the first window on: the same bytes every build, and no older history than the events need.
        var earliest = planned.Count == 0 ? new DateTime(2000, 1, 1) : site.Local(planned[0].Update.Planned!.Start).DateTime;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone, earliest, includeHistoricalData: false));
        foreach (var rendered in planned)
        {
            var update = rendered.Update;
            var window = update.Planned!;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{update.Slug}@{site.Config.BaseUrl.Host}",
                Summary = update.Title,
                Description = rendered.Summary,
                Url = new Uri(site.EntryId(rendered)),
                DtStart = new CalDateTime(site.Local(window.Start).DateTime, zone),
                DtEnd = new CalDateTime(site.Local(window.End).DateTime, zone),
                DtStamp = new CalDateTime(SiteModel.Modified(update).UtcDateTime, "UTC"),
                // Raised by every later 'updated': the minutes since the first version, which only grow.
                Sequence = update.Updated is { } updated && updated > update.Date ? (int)Math.Min(int.MaxValue, (updated - update.Date).TotalMinutes) : 0,
                Status = window.Written switch
                {
                    PlannedState.Cancelled => EventStatus.Cancelled,
                    PlannedState.Postponed => EventStatus.Tentative,
                    _ => EventStatus.Confirmed,
                },
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    });
}
