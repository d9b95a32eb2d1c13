namespace StaticCrisis.Core.Site;

/// <summary>
/// One feed the site publishes, in each format: the whole site (<c>feed.*</c>) or one service (<c>services/&lt;id&gt;.*</c>).
/// The formats share the base path and differ by extension. The site's feed shows an incident as one entry; a service's
/// feed has every update that set its status.
/// </summary>
public sealed record FeedChannel(string BasePath, string Title, string PagePath, IReadOnlyList<TimelineEntry> Items)
{
    public const string RssType = "application/rss+xml";
    public const string AtomType = "application/atom+xml";
    public const string JsonType = "application/feed+json";

    public string RssPath => BasePath + ".xml";

    public string AtomPath => BasePath + ".atom";

    public string JsonPath => BasePath + ".json";

    /// <summary>When the feed last changed: the newest date or updated time of its items; null for an empty feed.</summary>
    public DateTimeOffset? LastChanged => Items.Count == 0 ? null : Items.Max(entry => entry.Modified);
}
