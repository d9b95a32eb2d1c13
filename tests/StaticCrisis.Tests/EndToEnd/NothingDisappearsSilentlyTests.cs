using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>#15: every update that is not on the site is named with why, and an urgent update dated far ahead is a warning.</summary>
public class NothingDisappearsSilentlyTests
{
    private static TestSite Site() => new($"""
        -- site.yml --
        {TestSite.MinimalConfig}
        -- content/updates/2026-03-02-start.md --
        ---
        title: "Start"
        date: 2026-03-02T08:00:00+01:00
        ---
        Text.
        -- content/updates/2026-03-05-vatten.md --
        ---
        title: "Koka vattnet"
        date: 2027-04-05T08:00:00+01:00
        severity: critical
        pinned: true
        ---
        Koka vattnet.
        -- content/updates/2026-03-06-utkast.md --
        ---
        title: "Utkast"
        date: 2026-03-06T08:00:00+01:00
        draft: true
        ---
        Inte klart.
        """);

    [Fact]
    public void A_pinned_update_dated_a_year_ahead_is_a_warning_at_its_date()
    {
        using var site = Site();

        var result = site.Build();

        Assert.Contains("content/updates/2026-03-05-vatten.md(3,7): warning SC1031: this pinned update is dated 2027-04-05 08:00, 1 year and 3 days ahead, so it is not on the site until then; check the date (a typo in the year?), or mark it 'draft: true' if it is meant for later", TestSite.Lines(result));
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void Build_and_check_name_every_update_left_out_and_why()
    {
        using var site = Site();

        var build = CliProcess.Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TestSite.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) }, "build", site.Directory);
        var check = CliProcess.Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TestSite.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) }, "check", site.Directory);

        foreach (var run in new[] { build, check })
        {
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Contains("1 update, ", run.Stdout.Replace("Checked 1 update and", "1 update, ", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("1 warning; not published: 1 draft, 1 dated in the future", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("  not published: content/updates/2026-03-05-vatten.md: dated 2027-04-05 08:00, 1 year and 3 days ahead (it appears then; --future shows it now)", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("  not published: content/updates/2026-03-06-utkast.md: a draft (set 'draft: false' to publish it)", run.Stdout, StringComparison.Ordinal);
        }
    }
}
