using AngleSharp.Html.Parser;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>embed.html gives partner sites' editors working snippets with absolute addresses.</summary>
[Collection(SampleSiteBuild.Collection)]
public class EmbedPageTests
{
    private readonly SampleSiteBuild _site;

    public EmbedPageTests(SampleSiteBuild site) => _site = site;

    [Fact]
    public void The_banner_snippet_is_an_iframe_of_the_published_banner()
    {
        var page = _site.Page("embed.html");
        var snippets = page.QuerySelectorAll("pre code").Select(code => code.TextContent).ToList();
        Assert.Equal(2, snippets.Count);

        // Pasted into another page, the snippet is an iframe showing banner.html from the site's address.
        var pasted = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + snippets[0]);
        var iframe = pasted.QuerySelector("iframe")!;
        Assert.Equal("https://kris.alvby.example/info/banner.html", iframe.GetAttribute("src"));
        Assert.Equal("Alvby kommun – krisinformation", iframe.GetAttribute("title"));
        Assert.True(File.Exists(Path.Combine(_site.Output, "banner.html")));

        var link = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + snippets[1]).QuerySelector("a")!;
        Assert.Equal("https://kris.alvby.example/info/", link.GetAttribute("href"));
    }

    [Fact]
    public void It_lists_every_machine_readable_address_and_each_exists()
    {
        var urls = _site.Page("embed.html").QuerySelectorAll(".machine-addresses a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(6, urls.Count);
        Assert.All(urls, url => Assert.True(File.Exists(Path.Combine(_site.Output, url["https://kris.alvby.example/info/".Length..])), url));
    }

    [Fact]
    public void Every_page_links_it_from_the_footer()
    {
        Assert.All(_site.HtmlPages().Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)), path =>
            Assert.NotNull(_site.Page(path).QuerySelector("footer a[href$='embed.html']")));
    }
}
