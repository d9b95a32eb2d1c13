using System.Text.Json;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>Update pages carry schema.org NewsArticle data, and nothing a title could do breaks out of it.</summary>
public class StructuredDataTests
{
    [Fact]
    public void An_update_page_describes_itself_as_a_news_article()
    {
        using var site = new TestSite($"""
            -- site.yml --
            {TestSite.MinimalConfig}
            -- content/updates/a.md --
            ---
            title: "Vatten </script><script>alert(1)</script> & avlopp"
            date: 2026-03-02T08:00:00+01:00
            updated: 2026-03-02T10:30:00+01:00
            summary: "Koka vattnet."
            ---
            Text.
            """);
        Assert.True(site.Build().Succeeded);

        var page = site.Page("updates/a.html");
        var scripts = page.QuerySelectorAll("script");
        var data = Assert.Single(scripts);
        Assert.Equal("application/ld+json", data.GetAttribute("type"));
        Assert.DoesNotContain("</script", data.InnerHtml, StringComparison.OrdinalIgnoreCase);

        using var json = JsonDocument.Parse(data.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("Vatten </script><script>alert(1)</script> & avlopp", root.GetProperty("headline").GetString());
        Assert.Equal("2026-03-02T08:00:00+01:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("2026-03-02T10:30:00+01:00", root.GetProperty("dateModified").GetString());
        Assert.Equal("https://kris.example.org/info/updates/a.html", root.GetProperty("url").GetString());
        Assert.Equal("Testkommun", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Organization", root.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Empty(site.Page("index.html").QuerySelectorAll("script"));
    }
}
