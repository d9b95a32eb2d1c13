using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>The small things a new writer trips over, each told or shown as a mature tool would.</summary>
public class WritersSmallThingsTests
{
    [Fact]
    public void Site_yml_not_found_names_the_folder_it_looked_in_and_the_nearest_site()
    {
        using var folder = new TempFolder();
        using var site = new TestSite(TestSite.OneUpdate);
        var inside = Path.Combine(folder.Path, "krisinfo");
        Directory.CreateDirectory(inside);
        File.Copy(Path.Combine(site.Directory, "site.yml"), Path.Combine(inside, "site.yml"));

        var run = CliRun.Run("check", folder.Path);
        var swedish = CliRun.RunWith(_ => null, "check", folder.Path, "--ui-language", "sv");

        Assert.Equal(1, run.ExitCode);
        var shownFolder = StaticCrisis.Core.Configuration.NearestSite.Shown(folder.Path);
        var shownSite = StaticCrisis.Core.Configuration.NearestSite.Shown(inside);
        Assert.Contains($"site.yml: error SC0001: site.yml not found in {shownFolder}: a site folder needs a site.yml with at least 'title' and 'baseUrl'; there is one in {shownSite}: give that folder (staticcrisis build {shownSite})", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"site.yml finns inte i {shownFolder}", swedish.Stderr, StringComparison.Ordinal);
        Assert.Contains($"det finns en i {shownSite}", swedish.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_404_page_links_the_accessibility_statement_and_the_banner_headline_is_a_heading()
    {
        using var site = new TestSite($"""
            -- site.yml --
            {TestSite.MinimalConfig}
            -- content/updates/2026-03-02-vatten.md --
            ---
            title: "Koka vattnet i Norrby"
            date: 2026-03-02T08:00:00+01:00
            pinned: true
            ---
            Text.
            """);

        Assert.True(site.Build().Succeeded);

        Assert.NotNull(site.Page("404.html").QuerySelector("footer a[href$='accessibility.html']"));
        var headline = site.Page("banner.html").QuerySelector("h2");
        Assert.NotNull(headline);
        Assert.Equal("Koka vattnet i Norrby", headline.TextContent);
    }
}
