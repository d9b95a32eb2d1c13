using System.Net;
using System.Xml.Linq;
using StaticCrisis.Tests.Properties;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>Text is escaped for the context it lands in: plain text never becomes markup in a feed, and no link runs script.</summary>
public class HostileTextTests
{
    private const string Hostile = "Använd <img src=x onerror=alert(1)> & <script>alert(2)</script>";

    private static TestSite Site() => new($"""
        -- site.yml --
        {TestSite.MinimalConfig}
        -- content/updates/2026-03-02-a.md --
        ---
        title: "{Hostile}"
        summary: "{Hostile}"
        date: 2026-03-02T08:00:00+01:00
        ---
        Se <javascript:alert(3)> och <JAVASCRIPT:alert(4)>, eller [här](javascript:alert(5)) och <https://kris.example.org/ok>.
        """);

    [Fact]
    public void A_plain_text_summary_reaches_rss_readers_as_text_not_as_markup()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        var item = XDocument.Parse(site.ReadOutput("feed.xml")).Descendants("item").Single();
        var description = item.Element("description")!.Value;

        // A reader decodes the description once as HTML: what it then shows is the writer's text, with no element in it.
        Assert.Empty(SafeOutput.ElementsInFeedHtml(description));
        Assert.Equal(Hostile, WebUtility.HtmlDecode(description));
        Assert.Equal(Hostile, item.Element("title")!.Value);
    }

    [Fact]
    public void Atom_text_constructs_say_they_are_text()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var feed = XDocument.Parse(site.ReadOutput("feed.atom")).Root!;
        var entry = feed.Element(atom + "entry")!;

        Assert.Equal("text", feed.Element(atom + "title")!.Attribute("type")?.Value);
        Assert.Equal("text", entry.Element(atom + "title")!.Attribute("type")?.Value);
        Assert.Equal("text", entry.Element(atom + "summary")!.Attribute("type")?.Value);
        Assert.Equal(Hostile, entry.Element(atom + "summary")!.Value);
        Assert.Equal("html", entry.Element(atom + "content")!.Attribute("type")?.Value);
        Assert.Empty(SafeOutput.ProblemsInFragment(entry.Element(atom + "content")!.Value));
    }

    [Fact]
    public void Autolinks_and_links_with_a_script_scheme_lose_their_address_on_the_page()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        var page = site.Page("updates/2026-03-02-a.html");
        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();

        Assert.DoesNotContain(links, href => href.Contains("script", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("https://kris.example.org/ok", links);
        Assert.Empty(SafeOutput.ProblemsInPage(site.ReadOutput("updates/2026-03-02-a.html")));
    }
}
