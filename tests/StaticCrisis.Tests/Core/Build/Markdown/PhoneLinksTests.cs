using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Build.Markdown;

/// <summary>Phone numbers in an update's text are links to call, kept whole and left to right; other numbers are left alone.</summary>
public class PhoneLinksTests
{
    [Theory]
    [InlineData("<p>Ring 0999-123 50.</p>", "<p>Ring <a class=\"tel\" href=\"tel:0999-12350\" dir=\"ltr\">0999-123 50</a>.</p>")]
    [InlineData("<p>Från utlandet: +46 999 123 50</p>", "<p>Från utlandet: <a class=\"tel\" href=\"tel:+4699912350\" dir=\"ltr\">+46 999 123 50</a></p>")]
    [InlineData("<p>Ring 113 13 eller 1177.</p>", "<p>Ring <a class=\"tel\" href=\"tel:11313\" dir=\"ltr\">113 13</a> eller <a class=\"tel\" href=\"tel:1177\" dir=\"ltr\">1177</a>.</p>")]
    [InlineData("<p>Den 2026-03-02 kl. 15.30, 4 000 hushåll, ärende 0123</p>", "<p>Den 2026-03-02 kl. 15.30, 4 000 hushåll, ärende 0123</p>")]
    [InlineData("<p><a href=\"tel:0999\">0999-123 50</a> <code>0999-123 50</code></p>", "<p><a href=\"tel:0999\">0999-123 50</a> <code>0999-123 50</code></p>")]
    public void Numbers_become_links_and_other_text_stays(string html, string expected) =>
        Assert.Equal(expected, PhoneLinks.Apply(html));

    [Fact]
    public void On_an_arabic_site_the_number_in_the_text_is_a_link_isolated_left_to_right()
    {
        using var site = new TestSite($"""
            -- site.yml --
            language: ar
            {TestSite.MinimalConfig}
            -- content/updates/2026-03-02-vatten.md --
            ---
            title: "الماء"
            date: 2026-03-02T08:00:00+01:00
            ---
            اتصل على 0999-123 50 للمساعدة.
            """);

        Assert.True(site.Build().Succeeded);

        var link = site.Page("updates/2026-03-02-vatten.html").QuerySelector("article a.tel, main a.tel");
        Assert.NotNull(link);
        Assert.Equal("0999-123 50", link.TextContent);
        Assert.Equal("tel:0999-12350", link.GetAttribute("href"));
        Assert.Equal("ltr", link.GetAttribute("dir"));
    }
}
