using System.Globalization;
using System.Xml;
using StaticCrisis.Core.Output;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Feeds;

/// <summary>sitemap.xml (sitemaps.org 0.9): the home page, the archive and every update, with absolute URLs.</summary>
public static class SitemapWriter
{
    public const string FileName = "sitemap.xml";

    public static OutputFile Write(SiteModel site)
    {
        return OutputFile.FromBytes(FileName, XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            WriteUrl(xml, site.AbsoluteUrl(""), site.LastChanged);
            WriteUrl(xml, site.AbsoluteUrl("archive.html"), site.LastChanged);
            foreach (var entry in site.ServiceBoard)
                WriteUrl(xml, site.AbsoluteUrl(entry.OutputPath), entry.History.Count == 0 ? null : entry.History.Max(change => SiteModel.Modified(change.Source.Update)));
            foreach (var rendered in site.Updates)
                WriteUrl(xml, site.AbsoluteUrl(rendered.Update.OutputPath), rendered.Update.Updated ?? rendered.Update.Date);
            xml.WriteEndElement();
        }));
    }

    private static void WriteUrl(XmlWriter xml, string location, DateTimeOffset? lastModified)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", location);
        if (lastModified is { } time)
            xml.WriteElementString("lastmod", time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
