using System.Globalization;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Feeds;

/// <summary>
/// feed.xml and one per service, RSS 2.0. Each item's guid is its page's address, which depends only on the slug:
/// fixing a title or a typo in the body never makes feed readers show an update twice. Atom and JSON Feed use the same ids.
/// </summary>
public static class RssFeedWriter
{
    public static IEnumerable<OutputFile> WriteAll(SiteModel site, UiStrings strings) => site.Feeds.Select(feed => Write(site, strings, feed));

    public static OutputFile Write(SiteModel site, UiStrings strings, FeedChannel feed)
    {
        return OutputFile.Later(feed.RssPath, () => XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", feed.Title);
            xml.WriteElementString("link", site.AbsoluteUrl(feed.PagePath == "index.html" ? "" : feed.PagePath));
            // As an item's: readers take a channel's description for HTML too.
            xml.WriteElementString("description", System.Net.WebUtility.HtmlEncode(site.Config.Description.Length > 0 ? site.Config.Description : site.Config.Title));
            xml.WriteElementString("language", strings.Lang);
            if (feed.LastChanged is { } lastChanged)
                xml.WriteElementString("lastBuildDate", Rfc822(lastChanged));
            xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("href", site.AbsoluteUrl(feed.RssPath));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", FeedChannel.RssType);
            xml.WriteEndElement();
            if (site.Config.Hub is { } hub)
            {
                // WebSub 1.0, 4: a hub link beside the self link, in the Atom namespace as RSS has no element of its own.
                xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
                xml.WriteAttributeString("href", hub.AbsoluteUri);
                xml.WriteAttributeString("rel", "hub");
                xml.WriteEndElement();
            }

            foreach (var entry in feed.Items)
            {
                var rendered = entry.Update;
                var update = rendered.Update;
                var url = site.EntryId(entry);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                // RSS has no "updated": an incident's item takes its newest update's date, so readers see it move up.
                xml.WriteElementString("pubDate", Rfc822(entry.Incident is null ? entry.Published : update.Date));
                foreach (var category in site.Categories(rendered, strings))
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("domain", category.Scheme);
                    xml.WriteString(category.Label);
                    xml.WriteEndElement();
                }
                foreach (var tag in update.Tags)
                    xml.WriteElementString("category", site.Tag(tag).Label);
                // An item's description is HTML by convention, so plain text is HTML-escaped before XML-escaping: a summary that
                // reads "<img src=x onerror=…>" reaches a feed reader as those words, not as an element.
                // RSS has no "updated": a correction says so at the start of the item's text, under the same guid.
                var correction = update.Updated is { } updated ? $"{strings.UpdatedAt} {site.Local(updated).ToString(strings.DateTimeFormat, strings.CultureInfo)}. " : "";
                var untranslated = SiteModel.UntranslatedNotice(rendered, strings) is { } notice ? notice + " " : "";
                var incident = SiteModel.IncidentLine(entry, strings) is { } line ? line + " " : "";
                xml.WriteElementString("description", System.Net.WebUtility.HtmlEncode(incident + untranslated + correction + rendered.Summary));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }));
    }

    /// <summary>RFC 822 date with a numeric offset, e.g. "Mon, 02 Mar 2026 15:30:00 +0100", in the update's own offset.</summary>
    public static string Rfc822(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return time.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + $"{sign}{abs.Hours:D2}{abs.Minutes:D2}";
    }
}
