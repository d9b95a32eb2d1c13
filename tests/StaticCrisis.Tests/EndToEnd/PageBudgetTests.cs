using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

public class PageBudgetTests
{
    [Fact]
    public void Pages_over_the_budget_get_a_warning_with_their_gzip_weight()
    {
        using var site = new TestSite($"-- site.yml --\n{TestSite.MinimalConfig}\npageBudgetKb: 4\n");
        site.Write("content/updates/kort.md", "---\ntitle: Kort\ndate: 2026-03-01\n---\nKort.\n");
        var random = new Random(7);
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(_ => new string((char)('a' + random.Next(26)), 1) + random.Next(100000)));
        site.Write("content/updates/lang.md", $"---\ntitle: Lång\ndate: 2026-03-02\n---\n{words}\n");

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warnings = TestSite.Lines(result);
        var warning = Assert.Single(warnings, line => line.StartsWith("updates/lang.html: warning SC3002:", StringComparison.Ordinal));
        Assert.Matches(@"the page weighs \d+\.\d KB gzip, over the budget of 4 KB; shorten it or move long parts to their own update$", warning);
        Assert.DoesNotContain(warnings, line => line.StartsWith("updates/kort.html", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_site_is_within_the_default_budget_of_14_kb()
    {
        using var site = new SampleSiteCopy(new Dictionary<string, string>());
        var result = StaticCrisis.Core.Build.SiteBuilder.Build(new StaticCrisis.Core.Build.BuildRequest { SiteDirectory = site.Directory, Now = SampleSiteBuild.Now, Strict = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
    }

    /// <summary>
    /// The languages the sample does not publish in, with its longest pages around their words: Persian and
    /// Ukrainian take two bytes a letter, Somali and Northern Sami the longest words. Strict fails on a page over the budget.
    /// </summary>
    [Theory]
    [InlineData("fa")]
    [InlineData("uk")]
    [InlineData("so")]
    [InlineData("se")]
    public void The_budget_holds_in_the_languages_the_sample_does_not_publish_in(string language)
    {
        using var site = new SampleSiteCopy(new Dictionary<string, string> { ["language"] = language });
        var result = StaticCrisis.Core.Build.SiteBuilder.Build(new StaticCrisis.Core.Build.BuildRequest { SiteDirectory = site.Directory, Now = SampleSiteBuild.Now, Strict = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), diagnostic => diagnostic.Code == "SC3002");
    }
}
