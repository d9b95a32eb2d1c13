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

    [Fact]
    public void A_swedish_site_is_told_it_in_swedish_unless_the_locale_or_the_option_says_english()
    {
        using var site = Site();
        site.Write("site.yml", "language: sv\n" + TestSite.MinimalConfig);
        site.Write("content/updates/2026-03-07-fel.md", "---\ntitle: Vatten: koka\ndate: 2026-03-07T08:00:00+01:00\n---\nText.\n");

        var swedish = CliRun.RunWith(_ => null, "build", site.Directory);
        var byLocale = CliRun.RunWith(name => name == "LANG" ? "en_GB.UTF-8" : null, "build", site.Directory);
        var byOption = CliRun.RunWith(name => name == "LANG" ? "sv_SE.UTF-8" : null, "build", site.Directory, "--ui-language", "en");

        Assert.Equal(1, swedish.ExitCode);
        Assert.Contains("content/updates/2026-03-07-fel.md(2,14): error SC1002: texten i 'title' har ett kolon följt av mellanslag, som YAML läser som början på en ny nyckel: sätt texten inom citattecken: title: \"Vatten: koka\"", swedish.Stderr, StringComparison.Ordinal);
        Assert.Contains("Bygget misslyckades: 1 fel. Inget skrevs; den redan publicerade webbplatsen är oförändrad.", swedish.Stderr, StringComparison.Ordinal);
        foreach (var english in new[] { byLocale, byOption })
        {
            Assert.Contains("(2,14): error SC1002: the text of 'title' has a colon followed by a space", english.Stderr, StringComparison.Ordinal);
            Assert.Contains("Build failed: 1 error. Nothing was written", english.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_summary_and_the_list_of_updates_left_out_speak_swedish_with_swedish_plurals()
    {
        using var site = Site();
        site.Write("site.yml", "language: sv\n" + TestSite.MinimalConfig);
        var epoch = TestSite.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var build = CliProcess.Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch, ["LANG"] = "C.UTF-8" }, "build", site.Directory);

        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("(1 meddelande, 1 i flödet, 1 varning; inte publicerade: 1 utkast, 1 daterade framåt i tiden)", build.Stdout, StringComparison.Ordinal);
        Assert.Contains("  inte publicerat: content/updates/2026-03-05-vatten.md: daterat 2027-04-05 08:00, om 1 år och 3 dagar (det syns då; --future visar det nu)", build.Stdout, StringComparison.Ordinal);
        Assert.Contains("  inte publicerat: content/updates/2026-03-06-utkast.md: ett utkast (sätt 'draft: false' för att publicera det)", build.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning SC1031: det här meddelandet (pinned) är daterat 2027-04-05 08:00, om 1 år och 3 dagar", build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_in_the_language_of_the_run()
    {
        var swedish = CliRun.RunWith(name => name == "LANG" ? "sv_SE.UTF-8" : null, "build", "--help");
        var english = CliRun.Run("build", "--help");

        Assert.Contains("Bygg webbplatsen till dess utdatamapp.", swedish.Stdout, StringComparison.Ordinal);
        Assert.Contains("Behandla varningar som fel", swedish.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Treat warnings as errors", swedish.Stdout, StringComparison.Ordinal);
        Assert.Contains("Build the site into its output folder.", english.Stdout, StringComparison.Ordinal);
        Assert.Contains("--ui-language", english.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_panel_shows_the_warnings_and_the_updates_left_out()
    {
        using var site = Site();
        var run = await ServeRun.StartAsync(site.Directory);
        try
        {
            var html = await run.Http.GetStringAsync(new Uri(run.Address, "index.html"));
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            var panel = page.GetElementById("staticcrisis-notes");
            Assert.NotNull(panel);
            var items = panel.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
            Assert.Contains(items, item => item.Contains("warning SC1031", StringComparison.Ordinal));
            Assert.Contains(items, item => item.StartsWith("not published: content/updates/2026-03-06-utkast.md: a draft", StringComparison.Ordinal));
            Assert.Contains(items, item => item.StartsWith("not published: content/updates/2026-03-05-vatten.md: dated 2027-04-05 08:00", StringComparison.Ordinal));
            // The built site never has it.
            Assert.Null(page.GetElementById("staticcrisis-problems"));
        }
        finally
        {
            await run.DisposeAsync();
        }
        site.Build();
        Assert.DoesNotContain("staticcrisis-notes", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }
}
