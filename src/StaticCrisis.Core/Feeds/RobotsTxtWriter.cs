using StaticCrisis.Core.Output;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Feeds;

/// <summary>robots.txt: everything may be indexed (residents search for this information), and where the sitemap is.</summary>
public static class RobotsTxtWriter
{
    public static OutputFile Write(SiteModel site) =>
        OutputFile.FromText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.AbsoluteUrl(SitemapWriter.FileName)}\n");
}
