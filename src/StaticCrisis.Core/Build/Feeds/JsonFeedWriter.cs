using System.Text.Json;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Feeds;

/// <summary>
/// JSON Feed 1.1: <c>feed.json</c> and one per service, with the same items and ids as the RSS and Atom feeds.
/// Each item also carries the extension <c>_crisis</c>: the severity and the service statuses it set, as machine names.
/// </summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static IEnumerable<OutputFile> WriteAll(SiteModel site, UiStrings strings) => site.Feeds.Select(feed => Write(site, strings, feed));

    public static OutputFile Write(SiteModel site, UiStrings strings, FeedChannel feed) =>
        OutputFile.Later(feed.JsonPath, () => JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", site.AbsoluteUrl(feed.PagePath == "index.html" ? "" : feed.PagePath));
            json.WriteString("feed_url", site.AbsoluteUrl(feed.JsonPath));
            if (site.Config.Hub is { } hub)
            {
                json.WriteStartArray("hubs");
                json.WriteStartObject();
                json.WriteString("type", "WebSub");
                json.WriteString("url", hub.AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            if (site.Config.Description.Length > 0)
                json.WriteString("description", site.Config.Description);
            json.WriteString("language", strings.Lang);
            WriteAuthors(json, site);
            json.WriteStartArray("items");
            foreach (var entry in feed.Items)
            {
                var rendered = entry.Update;
                var update = rendered.Update;
                json.WriteStartObject();
                json.WriteString("id", site.EntryId(entry));
                json.WriteString("url", site.EntryId(entry));
                json.WriteString("title", entry.Title);
                json.WriteString("content_html", site.FeedHtml(entry, strings));
                if (rendered.Untranslated is { } original)
                    json.WriteString("language", original.Tag);
                if (rendered.Summary.Length > 0)
                    json.WriteString("summary", rendered.Summary);
                json.WriteString("date_published", site.Rfc3339(entry.Published));
                json.WriteString("date_modified", site.Rfc3339(entry.Modified));
                json.WriteStartArray("tags");
                foreach (var category in site.Categories(rendered, strings))
                    json.WriteStringValue(category.Label);
                foreach (var tag in update.Tags)
                    json.WriteStringValue(site.Tag(tag).Label);
                json.WriteEndArray();
                json.WriteStartObject("_crisis");
                json.WriteString("about", site.AbsoluteUrl(SiteModel.StatusSchemaPath));
                json.WriteString("severity", update.Severity.Name());
                if (site.PendingPromise(rendered) is { } next)
                    json.WriteString("nextUpdate", site.Rfc3339(next));
                if (entry.Incident is { } incident)
                {
                    json.WriteString("incident", incident.Id);
                    json.WriteString("state", incident.State.Name());
                }
                json.WriteStartObject("services");
                foreach (var change in update.Services)
                    json.WriteString(change.ServiceId, change.Status.Name());
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }));

    private static void WriteAuthors(Utf8JsonWriter json, SiteModel site)
    {
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", site.Config.Title);
        json.WriteString("url", site.Config.BaseUrl.AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
