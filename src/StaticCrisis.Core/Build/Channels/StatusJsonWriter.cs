using System.Reflection;
using System.Text.Json;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Channels;

/// <summary>
/// status.json, the API other sites code against: the situation now, every service and the newest updates, with the
/// JSON Schema that documents it (status.schema.json) shipped beside it. Field names never change; nothing in it
/// depends on the time of the build.
/// </summary>
public static class StatusJsonWriter
{
    public const string FileName = "status.json";

    /// <param name="editions">The site in each of its languages, the main one (<paramref name="site"/>) first.</param>
    public static IEnumerable<OutputFile> Write(SiteModel site, UiStrings strings, IEnumerable<SiteModel> editions)
    {
        var languages = editions.ToList();
        yield return OutputFile.Later(FileName, () => JsonOutput.Write(json => WriteStatus(json, site, strings, languages)));
        yield return OutputFile.FromBytes(SiteModel.StatusSchemaPath, Schema());
    }

    private static void WriteStatus(Utf8JsonWriter json, SiteModel site, UiStrings strings, IReadOnlyList<SiteModel> editions)
    {
        json.WriteStartObject();
        json.WriteString("$schema", site.AbsoluteUrl(SiteModel.StatusSchemaPath));
        json.WriteNumber("version", 1);
        WriteTime(json, "generated", site.LastChanged, site);
        WriteTime(json, "nextChange", site.NextChange, site);
        json.WriteStartObject("site");
        json.WriteString("title", site.Config.Title);
        if (site.Config.Description.Length > 0)
            json.WriteString("description", site.Config.Description);
        json.WriteString("url", site.Config.BaseUrl.AbsoluteUri);
        json.WriteString("language", strings.Lang);
        WriteFeeds(json, site, site.SiteFeed);
        json.WriteStartArray("languages");
        foreach (var edition in editions)
        {
            var language = edition.Edition.Language.Language;
            json.WriteStartObject();
            json.WriteString("code", language.Code);
            json.WriteString("tag", language.Tag);
            json.WriteString("name", language.Endonym);
            json.WriteString("dir", language.Dir);
            json.WriteString("title", edition.Config.Title);
            json.WriteString("url", edition.AbsoluteUrl(""));
            WriteFeeds(json, edition, edition.SiteFeed);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();

        json.WritePropertyName("current");
        if (site.Current is { } current)
            WriteUpdate(json, site, current);
        else
            json.WriteNullValue();

        json.WriteStartArray("services");
        foreach (var entry in site.ServiceBoard)
        {
            var since = entry.CurrentSince;
            json.WriteStartObject();
            json.WriteString("id", entry.Service.Id);
            json.WriteString("name", entry.Service.Name);
            json.WriteString("url", site.AbsoluteUrl(entry.OutputPath));
            json.WriteString("status", entry.Status?.Name());
            WriteTime(json, "since", since?.At, site);
            json.WriteString("update", since is null ? null : site.EntryId(since.Source));
            json.WriteString("advice", entry.Service.Advice);
            json.WriteString("phone", entry.Service.Phone);
            WriteFeeds(json, site, site.FeedOf(entry));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("updates");
        foreach (var rendered in site.FeedItems)
            WriteUpdate(json, site, rendered);
        json.WriteEndArray();

        json.WriteStartArray("planned");
        foreach (var rendered in site.PlannedDisruptions)
        {
            var window = rendered.Update.Planned!;
            json.WriteStartObject();
            json.WriteString("id", site.EntryId(rendered));
            json.WriteString("title", rendered.Update.Title);
            json.WriteString("state", window.StateAt(site.BuiltAt!.Value).Name());
            json.WriteString("start", site.Rfc3339(window.Start));
            json.WriteString("end", site.Rfc3339(window.End));
            json.WriteStartArray("services");
            foreach (var change in rendered.Update.Services)
            {
                json.WriteStartObject();
                json.WriteString("id", change.ServiceId);
                json.WriteString("status", change.Status.Name());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("incidents");
        foreach (var incident in site.Incidents)
        {
            json.WriteStartObject();
            json.WriteString("id", incident.Id);
            json.WriteString("title", incident.Title);
            json.WriteString("state", incident.State.Name());
            json.WriteString("url", site.AbsoluteUrl(incident.OutputPath));
            json.WriteString("began", site.Rfc3339(incident.Started));
            WriteTime(json, "resolved", incident.Resolved, site);
            json.WriteStartArray("updates");
            foreach (var rendered in incident.Updates)
                json.WriteStringValue(site.EntryId(rendered));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUpdate(Utf8JsonWriter json, SiteModel site, RenderedUpdate rendered)
    {
        var update = rendered.Update;
        json.WriteStartObject();
        json.WriteString("id", site.EntryId(rendered));
        json.WriteString("title", update.Title);
        json.WriteString("summary", rendered.Summary);
        json.WriteString("severity", update.Severity.Name());
        json.WriteStartArray("services");
        foreach (var change in update.Services)
        {
            json.WriteStartObject();
            json.WriteString("id", change.ServiceId);
            json.WriteString("status", change.Status.Name());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("url", site.EntryId(rendered));
        json.WriteString("published", site.Rfc3339(update.Date));
        json.WriteString("updated", site.Rfc3339(SiteModel.Modified(update)));
        WriteTime(json, "nextUpdate", site.PendingPromise(rendered), site);
        if (update.Incident is { } incident)
            json.WriteString("incident", incident);
        else
            json.WriteNull("incident");
        json.WriteEndObject();
    }

    private static void WriteFeeds(Utf8JsonWriter json, SiteModel site, FeedChannel feed)
    {
        json.WriteStartObject("feeds");
        json.WriteString("rss", site.AbsoluteUrl(feed.RssPath));
        json.WriteString("atom", site.AbsoluteUrl(feed.AtomPath));
        json.WriteString("json", site.AbsoluteUrl(feed.JsonPath));
        json.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time, SiteModel site)
    {
        if (time is { } value)
            json.WriteString(name, site.Rfc3339(value));
        else
            json.WriteNull(name);
    }

    /// <summary>The schema, as written in the tool's source: the same for every site.</summary>
    private static byte[] Schema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StaticCrisis.Core.Build.Channels.status.schema.json")
            ?? throw new InvalidOperationException("status.schema.json is not embedded in the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
