using System.Xml.Linq;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>A corrected update ('updated:') says so wherever it is listed: home page, archive and every feed, under the same id.</summary>
public class CorrectionsTests
{
    [Fact]
    public void A_correction_shows_on_the_home_page_in_the_archive_and_in_rss_with_the_same_guid()
    {
        const string Update = """
            ---
            title: "Koka vattnet"
            date: 2026-03-02T08:00:00+01:00
            {0}summary: "Koka vattnet i Norrby."
            ---
            Text.
            """;
        using var site = new TestSite($"-- site.yml --\n{TestSite.MinimalConfig}\n-- content/updates/2026-03-02-vatten.md --\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Update, ""));
        Assert.True(site.Build().Succeeded);
        var guidBefore = XDocument.Parse(site.ReadOutput("feed.xml")).Descendants("item").Single().Element("guid")!.Value;
        site.Write("content/updates/2026-03-02-vatten.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Update, "updated: 2026-03-02T11:15:00+01:00\n"));

        Assert.True(site.Build().Succeeded);

        foreach (var page in new[] { "index.html", "archive.html" })
        {
            var updated = site.Page(page).QuerySelector(".updated time");
            Assert.True(updated is not null, $"{page} does not say the update was corrected");
            Assert.Equal("2026-03-02T11:15:00+01:00", updated.GetAttribute("datetime"));
        }
        var item = XDocument.Parse(site.ReadOutput("feed.xml")).Descendants("item").Single();
        Assert.Equal(guidBefore, item.Element("guid")!.Value);
        Assert.StartsWith("Uppdaterad ", item.Element("description")!.Value, StringComparison.Ordinal);
        Assert.Contains("11.15", item.Element("description")!.Value, StringComparison.Ordinal);
        Assert.EndsWith("Koka vattnet i Norrby.", item.Element("description")!.Value, StringComparison.Ordinal);
    }
}
