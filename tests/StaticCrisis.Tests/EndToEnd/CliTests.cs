using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

public class CliTests
{
    private const string GoodSite = TestSite.OneUpdate;

    [Fact]
    public void Build_prints_a_one_line_summary_and_exits_0()
    {
        using var site = new TestSite(GoodSite);
        var run = CliRun.Run("build", site.Directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var line = Assert.Single(run.Stdout.TrimEnd().Split('\n'));
        Assert.Matches(@"^Built 10 pages \(1 update, 1 in the feed, 0 warnings\) into .*public in \d+\.\d\d s$", line);
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_verbose_names_each_step()
    {
        using var site = new TestSite(GoodSite);
        var quiet = CliRun.Run("build", site.Directory, "--quiet");
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stdout + quiet.Stderr);

        var verbose = CliRun.Run("build", site.Directory, "--verbose");
        Assert.Equal(0, verbose.ExitCode);
        Assert.StartsWith("Built 10 pages", verbose.Stdout, StringComparison.Ordinal);
        foreach (var step in new[] { "Reading site and theme", "Rendering updates (1)", "Rendering pages", "Writing files", "Done" })
            Assert.Contains(step, verbose.Stderr, StringComparison.Ordinal);
        // And the time of every step, in BuildStep's words, in the order the build takes them.
        var timings = verbose.Stderr.Split('\n').Single(line => line.StartsWith("config ", StringComparison.Ordinal));
        Assert.Matches(@"^config \d+ ms  templates \d+ ms  content \d+ ms  markdown \d+ ms  pages \d+ ms  budget \d+ ms  manifest \d+ ms  signature \d+ ms  write \d+ ms$", timings.TrimEnd());

        Assert.Equal(2, CliRun.Run("build", site.Directory, "--quiet", "--verbose").ExitCode);
    }

    [Fact]
    public void Quiet_still_prints_problems()
    {
        using var site = new TestSite(GoodSite.Replace("date: 2026-03-02T08:00:00+01:00", "date: snart", StringComparison.Ordinal));
        var run = CliRun.Run("check", site.Directory, "-q");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC1007", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_option_chooses_the_folder()
    {
        using var site = new TestSite(GoodSite);
        using var elsewhere = new TempFolder();
        var output = elsewhere.Combine("www");

        Assert.Equal(0, CliRun.Run("build", site.Directory, "--output", output).ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "updates", "2026-03-02-start.html")));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Base_url_option_replaces_the_one_in_site_yml()
    {
        using var site = new TestSite(GoodSite);
        Assert.Equal(0, CliRun.Run("build", site.Directory, "--base-url", "https://preview.example.net/x/").ExitCode);
        Assert.Contains("<link>https://preview.example.net/x/updates/2026-03-02-start.html</link>", site.ReadOutput("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Site_errors_go_to_stderr_with_exit_code_1_and_nothing_is_written()
    {
        using var site = new TestSite(GoodSite.Replace("date: 2026-03-02T08:00:00+01:00", "date: snart", StringComparison.Ordinal));
        var run = CliRun.Run("build", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("content/updates/2026-03-02-start.md(3,7): error SC1007: 'date' \"snart\" is not a date", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("deploy")]
    [InlineData("build", "a", "b")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        var run = CliRun.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("staticcrisis --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_site_folder_is_wrong_usage()
    {
        var run = CliRun.Run("build", "/no/such/folder/anywhere");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_the_options_and_examples()
    {
        var run = CliRun.Run("build", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--output", "--drafts", "--future", "--base-url", "--strict", "Examples:" })
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("init")]
    [InlineData("new")]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("publish")]
    public void Every_command_has_help_with_examples(params string[] command)
    {
        var run = CliRun.Run([.. command, "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("staticcrisis " + (command.Length > 0 ? command[0] : "init"), run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var run = CliRun.Run("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout);
    }

    [Fact]
    public void Drafts_and_future_flags_include_those_updates()
    {
        using var site = new TestSite(GoodSite + """

            -- content/updates/utkast.md --
            ---
            title: "Utkast"
            date: 2026-03-03
            draft: true
            ---
            -- content/updates/senare.md --
            ---
            title: "Senare"
            date: 2099-01-01
            ---
            """);
        Assert.Equal(0, CliRun.Run("build", site.Directory).ExitCode);
        Assert.False(site.OutputExists("updates/utkast.html"));
        Assert.False(site.OutputExists("updates/senare.html"));

        Assert.Equal(0, CliRun.Run("build", site.Directory, "--drafts", "--future").ExitCode);
        Assert.True(site.OutputExists("updates/utkast.html"));
        Assert.True(site.OutputExists("updates/senare.html"));
    }
}
