using System.Globalization;
using System.Xml;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;
using StaticCrisis.Core.Templates.Pages;

namespace StaticCrisis.Core.Build.Feeds;

/// <summary>sitemap.xml (sitemaps.org 0.9): the home page, the archive, about.html, the accessibility statement, every service and every update, with absolute URLs.</summary>
public static class SitemapWriter
{
    public const string FileName = "sitemap.xml";

    /// <param name="pages">The pages this build writes: about.html and accessibility.html are listed only when the theme made them.</param>
    public static OutputFile Write(SiteModel site, IReadOnlyCollection<OutputFile> pages)
    {
        bool Written(string path) => pages.Any(page => page.Path == path);
        return OutputFile.Later(FileName, () => XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            WriteUrl(xml, site.AbsoluteUrl(""), site.LastChanged);
            WriteUrl(xml, site.AbsoluteUrl("archive.html"), site.LastChanged);
            if (Written(AboutPage.Path))
                WriteUrl(xml, site.AbsoluteUrl(AboutPage.Path), null);
            if (site.Config.Accessibility is { } statement && Written(AccessibilityPage.Path))
                WriteUrl(xml, site.AbsoluteUrl(AccessibilityPage.Path), null, statement.Updated);
            foreach (var entry in site.ServiceBoard)
                WriteUrl(xml, site.AbsoluteUrl(entry.OutputPath), entry.History.Count == 0 ? null : entry.History.Max(change => SiteModel.Modified(change.Source.Update)));
            foreach (var rendered in site.Updates)
                WriteUrl(xml, site.AbsoluteUrl(rendered.Update.OutputPath), rendered.Update.Updated ?? rendered.Update.Date);
            xml.WriteEndElement();
        }));
    }

    private static void WriteUrl(XmlWriter xml, string location, DateTimeOffset? lastModified, DateOnly? lastModifiedDay = null)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", location);
        if (lastModified is { } time)
            xml.WriteElementString("lastmod", time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        else if (lastModifiedDay is { } day)
            xml.WriteElementString("lastmod", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
