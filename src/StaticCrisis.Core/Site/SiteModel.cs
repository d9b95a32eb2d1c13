using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Markdown;

namespace StaticCrisis.Core.Site;

/// <summary>
/// The whole site as the templates and feeds see it: published updates in order and every fact derived from them.
/// Writers of pages and feeds read facts here and never re-derive them.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<Update, int> _indexOf;

    public SiteModel(SiteConfig config, IEnumerable<RenderedUpdate> published)
    {
        Config = config;
        Updates = [.. published.OrderBy(u => u, NewestFirst.Instance)];
        _indexOf = Updates.Select((rendered, index) => (rendered.Update, index)).ToDictionary(pair => pair.Update, pair => pair.index);
        Current = Updates.FirstOrDefault(rendered => rendered.Update.Pinned);
        ServiceBoard = DeriveServiceBoard(config, Updates);
        Months = [.. Updates
            .GroupBy(rendered => Local(rendered.Update.Date) is var local ? new DateOnly(local.Year, local.Month, 1) : default)
            .Select(group => new ArchiveMonth(group.Key, [.. group]))];
    }

    public SiteConfig Config { get; }

    /// <summary>Published updates, newest first; updates of the same time in path order.</summary>
    public IReadOnlyList<RenderedUpdate> Updates { get; }

    /// <summary>"The situation now": the newest pinned update, if any.</summary>
    public RenderedUpdate? Current { get; }

    public IReadOnlyList<ServiceBoardEntry> ServiceBoard { get; }

    /// <summary>The archive: months, newest first, each with its updates newest first.</summary>
    public IReadOnlyList<ArchiveMonth> Months { get; }

    public IReadOnlyList<RenderedUpdate> Timeline => [.. Updates.Take(Config.TimelineItems)];

    public IReadOnlyList<RenderedUpdate> FeedItems => [.. Updates.Take(Config.FeedItems)];

    /// <summary>When the site last changed: the newest date or updated time of any update. Never the build time, so builds are reproducible.</summary>
    public DateTimeOffset? LastChanged => Updates.Count == 0 ? null : Updates.Max(rendered => rendered.Update.Updated ?? rendered.Update.Date);

    public RenderedUpdate? Newer(RenderedUpdate rendered) => _indexOf[rendered.Update] is var i && i > 0 ? Updates[i - 1] : null;

    public RenderedUpdate? Older(RenderedUpdate rendered) => _indexOf[rendered.Update] is var i && i < Updates.Count - 1 ? Updates[i + 1] : null;

    /// <summary>A time as the site's readers see it: in the site's time zone.</summary>
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Config.TimeZone);

    public string AbsoluteUrl(string outputPath) => new Uri(Config.BaseUrl, outputPath).AbsoluteUri;

    /// <summary>Each service's status is the one set by the newest update that mentions it.</summary>
    private static List<ServiceBoardEntry> DeriveServiceBoard(SiteConfig config, IReadOnlyList<RenderedUpdate> newestFirst)
    {
        var board = new List<ServiceBoardEntry>();
        foreach (var service in config.Services)
        {
            ServiceBoardEntry entry = new(service, null, null);
            foreach (var rendered in newestFirst)
            {
                var change = rendered.Update.Services.FirstOrDefault(change => change.ServiceId == service.Id);
                if (change is not null)
                {
                    entry = new ServiceBoardEntry(service, change.Status, rendered);
                    break;
                }
            }
            board.Add(entry);
        }
        return board;
    }
}
