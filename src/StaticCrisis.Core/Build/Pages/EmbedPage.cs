namespace StaticCrisis.Core.Templates.Pages;

/// <summary>embed.html: copy-paste snippets for the web editors of partner organisations (banner, link block, feeds, status API).</summary>
public sealed class EmbedPage : Page
{
    public override string OutputPath => "embed.html";

    public override string Title => Strings.EmbedTitle;

    public override string Section => "embed";

    /// <summary>The iframe that shows banner.html on another site.</summary>
    public string BannerSnippet =>
        $"<iframe src=\"{Site.AbsoluteUrl("banner.html")}\" title=\"{Attribute(Site.Config.Title)}\" style=\"width:100%;height:9rem;border:0\"></iframe>";

    /// <summary>A plain link block, for sites that do not allow iframes.</summary>
    public string LinkSnippet =>
        $"<p><strong>{Attribute(Site.Config.Title)}</strong>: <a href=\"{Site.Config.BaseUrl.AbsoluteUri}\">{Site.Config.BaseUrl.AbsoluteUri}</a></p>";

    private static string Attribute(string text) => MinimalHtmlEncoder.Instance.Encode(text);

    public IReadOnlyList<(string Name, string Url)> MachineAddresses =>
    [
        ("RSS", Site.AbsoluteUrl("feed.xml")),
        ("Atom", Site.AbsoluteUrl("feed.atom")),
        ("JSON Feed", Site.AbsoluteUrl("feed.json")),
        ("status.json", Site.AbsoluteUrl("status.json")),
        ("status.schema.json", Site.AbsoluteUrl("status.schema.json")),
        ("summary.txt", Site.AbsoluteUrl("summary.txt")),
    ];
}
