using System.Globalization;
using System.Xml;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;
using StaticCrisis.Core.Templates.Pages;

namespace StaticCrisis.Core.Build.Feeds;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): the home page, the archive, about.html, the accessibility statement, every service and
/// every update, with absolute URLs; for a site in several languages, each language's pages, each with its
/// <c>hreflang</c> alternates (the pages written in another language; easy-to-read Swedish is not one).
/// </summary>
public static class SitemapWriter
{
    public const string FileName = "sitemap.xml";

    /// <param name="pages">The pages this build writes: about.html and accessibility.html are listed only when the theme made them.</param>
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <param name="editions">The site in each of its languages, the main one first.</param>
    /// <param name="pages">The pages this build writes: about.html and accessibility.html are listed only when the theme made them.</param>
    public static OutputFile Write(IReadOnlyList<SiteModel> editions, IReadOnlyCollection<OutputFile> pages)
    {
        var site = editions[0];
        var written = pages.Select(page => page.Path).ToHashSet(StringComparer.Ordinal);
        var several = editions.Count > 1;
        return OutputFile.Later(FileName, () => XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            if (several)
                xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var edition in editions)
            {
                var everyLanguage = several ? editions.Where(other => !other.Edition.Language.Language.IsEasyToRead).ToList() : [];
                void Url(string path, DateTimeOffset? lastModified, IReadOnlyList<SiteModel> alternates, DateOnly? day = null) =>
                    WriteUrl(xml, edition.AbsoluteUrl(path), lastModified, day, [.. alternates.Select(other => (other.Edition.Language.Language.Tag, other.AbsoluteUrl(path)))]);
                Url("", edition.LastChanged, everyLanguage);
                Url("archive.html", edition.LastChanged, everyLanguage);
                if (written.Contains(edition.Edition.Localize(AboutPage.Path)))
                    Url(AboutPage.Path, null, everyLanguage);
                if (edition.Config.Accessibility is { } statement && written.Contains(edition.Edition.Localize(AccessibilityPage.Path)))
                    Url(AccessibilityPage.Path, null, everyLanguage, statement.Updated);
                foreach (var entry in edition.ServiceBoard)
                    Url(entry.OutputPath, entry.History.Count == 0 ? null : entry.History.Max(change => SiteModel.Modified(change.Source.Update)), everyLanguage);
                foreach (var incident in edition.Incidents.Where(incident => written.Contains(edition.Edition.Localize(incident.OutputPath))))
                    Url(incident.OutputPath, SiteModel.Modified(incident.Newest.Update), everyLanguage);
                foreach (var rendered in edition.Updates)
                    Url(rendered.Update.OutputPath, rendered.Update.Updated ?? rendered.Update.Date,
                        [.. everyLanguage.Where(other => rendered.WrittenIn.Contains(other.Edition.Language.Code))]);
            }
            xml.WriteEndElement();
        }));
    }

    private static void WriteUrl(XmlWriter xml, string location, DateTimeOffset? lastModified, DateOnly? lastModifiedDay, IReadOnlyList<(string Tag, string Url)> alternates)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", location);
        // Each language version lists every one, itself included (sitemaps' hreflang rule); one alone is no alternate.
        if (alternates.Count > 1)
        {
            foreach (var (tag, url) in alternates)
            {
                xml.WriteStartElement("xhtml", "link", Xhtml);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", tag);
                xml.WriteAttributeString("href", url);
                xml.WriteEndElement();
            }
        }
        if (lastModified is { } time)
            xml.WriteElementString("lastmod", time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        else if (lastModifiedDay is { } day)
            xml.WriteElementString("lastmod", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
