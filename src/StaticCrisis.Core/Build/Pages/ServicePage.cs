using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>
/// services/&lt;id&gt;.html: one service's status in plain words, its advice and phone, every update that set its
/// status, and its own feeds, for someone who only cares about that service.
/// </summary>
public sealed class ServicePage : Page
{
    public required ServiceBoardEntry Entry { get; init; }

    public override string OutputPath => Entry.OutputPath;

    public override string Title => Entry.Service.Name;

    public override string Section => "service";

    /// <summary>The site's feeds, then this service's own.</summary>
    public override IReadOnlyList<FeedChannel> Feeds => [Site.SiteFeed, Site.FeedOf(Entry)];
}
