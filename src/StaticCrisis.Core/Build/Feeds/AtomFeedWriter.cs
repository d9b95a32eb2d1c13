using System.Xml;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Features.Cap;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287): <c>feed.atom</c> and one per service. Entry ids are the same as the RSS guids and JSON Feed ids
/// (the page's address); the site is the author of the feed and so of every entry. With CAP enabled, each entry also
/// links its update's newest CAP message; with a 'hub', the feed names its WebSub hub.
/// </summary>
public static class AtomFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>An empty feed still needs an 'updated': a fixed time keeps builds reproducible.</summary>
    private static readonly DateTimeOffset NeverUpdated = DateTimeOffset.UnixEpoch;

    /// <param name="cap">The site's CAP messages, which entries link to; null unless 'cap' is enabled in site.yml.</param>
    public static IEnumerable<OutputFile> WriteAll(SiteModel site, UiStrings strings, CapThreads? cap) => site.Feeds.Select(feed => Write(site, strings, feed, cap));

    public static OutputFile Write(SiteModel site, UiStrings strings, FeedChannel feed, CapThreads? cap)
    {
        return OutputFile.Later(feed.AtomPath, () => XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, strings.Lang);
            xml.WriteElementString("id", Atom, site.AbsoluteUrl(feed.AtomPath));
            WriteText(xml, "title", feed.Title);
            if (site.Config.Description.Length > 0)
                WriteText(xml, "subtitle", site.Config.Description);
            xml.WriteElementString("updated", Atom, site.Rfc3339(feed.LastChanged ?? NeverUpdated));
            WriteLink(xml, "self", FeedChannel.AtomType, site.AbsoluteUrl(feed.AtomPath));
            if (site.Config.Hub is { } hub)
                WriteLink(xml, "hub", null, hub.AbsoluteUri);
            WriteLink(xml, "alternate", "text/html", site.AbsoluteUrl(feed.PagePath == "index.html" ? "" : feed.PagePath));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Config.Title);
            xml.WriteElementString("uri", Atom, site.Config.BaseUrl.AbsoluteUri);
            xml.WriteEndElement();
            xml.WriteStartElement("generator", Atom);
            xml.WriteString("StaticCrisis");
            xml.WriteEndElement();

            foreach (var entry in feed.Items)
            {
                var rendered = entry.Update;
                var update = rendered.Update;
                xml.WriteStartElement("entry", Atom);
                if (rendered.Untranslated is { } original)
                    xml.WriteAttributeString("xml", "lang", null, original.Tag);
                xml.WriteElementString("id", Atom, site.EntryId(entry));
                WriteText(xml, "title", entry.Title);
                xml.WriteElementString("published", Atom, site.Rfc3339(entry.Published));
                xml.WriteElementString("updated", Atom, site.Rfc3339(entry.Modified));
                WriteLink(xml, "alternate", "text/html", site.EntryId(entry));
                // The OASIS "CAP feeds" practice: the Atom feed doubles as the index of the CAP messages.
                if (cap?.Newest(rendered) is { } message)
                    WriteLink(xml, "alternate", CapMessage.MediaType, site.AbsoluteUrl(message.OutputPath));
                foreach (var category in site.Categories(rendered, strings))
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", category.Term);
                    xml.WriteAttributeString("scheme", category.Scheme);
                    xml.WriteAttributeString("label", category.Label);
                    xml.WriteEndElement();
                }
                foreach (var tag in update.Tags.Select(site.Tag))
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag.Term);
                    if (tag.Label != tag.Term)
                        xml.WriteAttributeString("label", tag.Label);
                    if (tag.OtherLanguage is { } other)
                        xml.WriteAttributeString("xml", "lang", null, other.Tag);
                    xml.WriteEndElement();
                }
                if (rendered.Summary.Length > 0)
                    WriteText(xml, "summary", rendered.Summary);
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(site.FeedHtml(entry, strings));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));
    }

    /// <summary>A text construct that says it is plain text (RFC 4287, 3.1), so no reader or validator takes it for HTML.</summary>
    private static void WriteText(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string? type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
            xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
