using AngleSharp.Html.Parser;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>The sample site in every UI language the default theme has.</summary>
public class LanguageTests
{
    [Theory]
    [InlineData("sv", "ltr", "20 mars 2026 kl. 15.00", "Läget just nu", "Fungerar", "Mars 2026")]
    [InlineData("en", "ltr", "20 March 2026, 15:00", "The situation now", "Working", "March 2026")]
    [InlineData("fi", "ltr", "20. maaliskuuta 2026 klo 15.00", "Tilanne nyt", "Toimii", "Maaliskuu 2026")]
    [InlineData("ar", "rtl", "20 مارس 2026، الساعة 15:00", "الوضع الآن", "تعمل", "مارس 2026")]
    public void Pages_speak_the_language_with_its_dates_and_direction(string language, string direction, string time, string situationNow, string operational, string month)
    {
        using var site = new SampleSiteCopy(new Dictionary<string, string> { ["language"] = language });
        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = SampleSiteBuild.Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));

        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Equal(language, home.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, home.DocumentElement.GetAttribute("dir"));
        Assert.Equal(situationNow, home.QuerySelector("#current-heading")!.TextContent);
        Assert.Equal(time, home.QuerySelector(".timeline time")!.TextContent);
        Assert.Equal(operational, home.QuerySelector(".service-board .status-operational .status")!.TextContent);
        var archive = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "archive.html")));
        Assert.Equal(month, archive.QuerySelector("section.month h2")!.TextContent);
        Assert.Contains($"<language>{language}</language>", File.ReadAllText(Path.Combine(site.Output, "feed.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_dated_by_day_only_shows_no_time_of_day()
    {
        using var folder = new TempFolder();
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = RepoPaths.SampleSite, OutputDirectory = folder.Path, Now = SampleSiteBuild.Now }).Succeeded);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder.Path, "updates", "2026-03-10-lagesbild-vecka-11.html")));
        var time = page.QuerySelector("dl.meta time")!;
        Assert.Equal("10 mars 2026", time.TextContent);
        Assert.Equal("2026-03-10", time.GetAttribute("datetime"));
    }
}
