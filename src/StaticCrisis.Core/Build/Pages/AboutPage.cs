namespace StaticCrisis.Core.Templates.Pages;

/// <summary>
/// about.html, "About this site": who publishes it, its official channels, where else residents can turn for more
/// (helpNumbers), and the other copies of the site with how to verify one.
/// </summary>
public sealed class AboutPage : Page
{
    public const string Path = "about.html";

    public override string OutputPath => Path;

    public override string Title => Strings.AboutTitle;

    public override string Section => "about";

    /// <summary>The publisher: the public body of the accessibility statement, else the site's own title.</summary>
    public string Publisher => Site.Config.Accessibility?.Organisation ?? Site.Config.Title;

    public string PublisherHtml => Sentence(Strings.AboutPublisher, Encode(Publisher), Encode(Site.Config.Title));

    /// <summary>The optional pages this build writes (the theme may lack notice.cshtml or embed.cshtml).</summary>
    public IReadOnlyCollection<string> OptionalPages { get; init; } = [];

    /// <summary>Every channel the build writes, as (name in the UI language, output path), for residents and partners alike.</summary>
    public IEnumerable<(string Name, string Path)> Channels => AllChannels.Where(channel => !channel.Path.EndsWith(".html", StringComparison.Ordinal) || OptionalPages.Contains(channel.Path));

    private IReadOnlyList<(string Name, string Path)> AllChannels =>
    [
        (Strings.Channels["rss"], Site.SiteFeed.RssPath),
        (Strings.Channels["atom"], Site.SiteFeed.AtomPath),
        (Strings.Channels["json"], Site.SiteFeed.JsonPath),
        (Strings.Channels["notice"], "notice.html"),
        (Strings.Channels["summary"], "summary.txt"),
        (Strings.Channels["sms"], "sms.txt"),
        (Strings.Channels["status"], "status.json"),
        (Strings.Channels["embed"], "embed.html"),
    ];

    /// <summary>Every address where the site is published: the base URL first, then each mirror's.</summary>
    public IReadOnlyList<string> Addresses => [Site.Config.BaseUrl.AbsoluteUri, .. Site.OtherAddresses.Select(url => url.AbsoluteUri)];

    /// <summary>How to check a copy with this tool: every file against the signed SHA256SUMS.</summary>
    public string VerifyCommand => $"staticcrisis verify {Site.Config.BaseUrl.AbsoluteUri} --public-key {Site.Config.SigningPublicKey}";

    /// <summary>The same check with minisign and coreutils, in a folder holding a downloaded copy.</summary>
    public string MinisignCommands => $"minisign -Vm SHA256SUMS -P {Site.Config.SigningPublicKey}\nsha256sum -c SHA256SUMS";
}
