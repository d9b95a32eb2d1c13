using StaticCrisis.Core.Build.Feeds;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Channels;

/// <summary>robots.txt: everything may be indexed (residents search for this information), and where the sitemap is.</summary>
public static class RobotsTxtWriter
{
    public static OutputFile Write(SiteModel site) =>
        OutputFile.FromText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.AbsoluteUrl(SitemapWriter.FileName)}\n");
}
