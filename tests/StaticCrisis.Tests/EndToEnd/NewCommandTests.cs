using StaticCrisis.Core.Authoring;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

public class NewCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 5, 9, TimeSpan.Zero);

    private const string Site = $$"""
        -- site.yml --
        {{TestSite.MinimalConfig}}
        timezone: Europe/Stockholm
        -- templates/lon.md --
        ---
        # A prepared message.
        title: "[FYLL I: rubrik]"
        date: "[FYLL I: datum]"
        summary: "Lönen [FYLL I: när]"
        severity: warning
        pinned: true
        services: { lon: down }
        tags: [lön, "it: angrepp"]
        ---
        Lönen betalas ut [FYLL I: när].
        """;

    private static string Create(TestSite site, NewUpdateRequest request, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return UpdateFileWriter.Create(request with { SiteDirectory = site.Directory }, diagnostics)!;
    }

    [Fact]
    public void New_writes_a_dated_update_with_the_time_in_the_site_time_zone()
    {
        using var site = new TestSite(Site);
        var path = Create(site, new NewUpdateRequest { SiteDirectory = "", Title = "Växeln är öppen igen", Now = Now, Severity = "notice", Services = ["epost=degraded"] }, out var diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("content/updates/2026-03-02-vaxeln-ar-oppen-igen.md", path);
        Assert.StartsWith("""
            ---
            title: "Växeln är öppen igen"
            date: 2026-03-02T15:05:09+01:00
            severity: notice
            services: { epost: degraded }
            ---

            """, File.ReadAllText(Path.Combine(site.Directory, path)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_gives_front_matter_and_body_and_options_override_it()
    {
        using var site = new TestSite(Site);
        var path = Create(site, new NewUpdateRequest { SiteDirectory = "", Title = "Lönen är försenad", Template = "lon", Services = ["lon=manual", "epost=down"], Now = Now }, out var diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("""
            ---
            title: "Lönen är försenad"
            date: 2026-03-02T15:05:09+01:00
            summary: "Lönen [FYLL I: när]"
            severity: warning
            pinned: true
            draft: true
            services: { lon: manual, epost: down }
            tags: ["lön", "it: angrepp"]
            ---
            Lönen betalas ut [FYLL I: när].

            """, File.ReadAllText(Path.Combine(site.Directory, path)));
    }

    [Fact]
    public void New_never_overwrites_it_adds_a_suffix()
    {
        using var site = new TestSite(Site + """

            -- content/updates/2026-03/2026-03-02-lagesbild.md --
            written by hand
            """);
        var request = new NewUpdateRequest { SiteDirectory = "", Title = "Lägesbild", Now = Now };

        Assert.Equal("content/updates/2026-03-02-lagesbild-2.md", Create(site, request, out _));
        Assert.Equal("content/updates/2026-03-02-lagesbild-3.md", Create(site, request, out _));
        Assert.Equal("written by hand", File.ReadAllText(Path.Combine(site.Directory, "content/updates/2026-03/2026-03-02-lagesbild.md")).Trim());
    }

    [Fact]
    public void Titles_with_quotes_colons_and_hashes_build_and_show_as_typed()
    {
        using var site = new TestSite(Site);
        const string title = "Vatten: \"koka\" före # 2 \\ ok: 'ja'";
        Create(site, new NewUpdateRequest { SiteDirectory = "", Title = title, Now = Now }, out _);

        var result = site.Build(strict: true);

        Assert.Empty(TestSite.Lines(result));
        Assert.Equal(title, site.Page("updates/2026-03-02-vatten-koka-fore-2-ok-ja.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void From_a_template_the_cli_writes_a_draft_and_says_how_to_publish_it()
    {
        using var site = new TestSite(Site);
        var run = CliRun.Run("new", "Lönen är försenad", "--from-template", "lon", "--pinned", site.Directory);

        Assert.Equal(0, run.ExitCode);
        var written = run.Stdout.Trim();
        Assert.Matches(@"content[/\\]updates[/\\]\d{4}-\d\d-\d\d-lonen-ar-forsenad\.md$", written);
        Assert.Contains("draft: true\n", File.ReadAllText(Path.GetFullPath(written)), StringComparison.Ordinal);
        Assert.Equal($"It is a draft, so it is not published yet: fill in every [FYLL I: …], then change 'draft: true' to 'draft: false' in {written} (the preview shows drafts with 'staticcrisis serve --drafts').", run.Stderr.Trim());
        // Not on the site while a draft; with draft: false, its placeholder is an error, so it cannot go live half-done.
        var build = SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = DateTimeOffset.Now.AddMinutes(1) });
        Assert.True(build.Succeeded);
        Assert.Contains(build.Statistics!.Unpublished, left => left.IsDraft && written.EndsWith(Path.GetFileName(left.SourcePath), StringComparison.Ordinal));
        File.WriteAllText(Path.GetFullPath(written), File.ReadAllText(Path.GetFullPath(written)).Replace("draft: true", "draft: false", StringComparison.Ordinal));
        var published = SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = DateTimeOffset.Now.AddMinutes(1) });
        Assert.False(published.Succeeded);
        Assert.Contains("SC1030", published.Diagnostics.Sorted().Select(d => d.Code));
    }

    [Fact]
    public void Unknown_service_ids_and_statuses_are_located_errors_and_nothing_is_written()
    {
        using var site = new TestSite(Site);
        var run = CliRun.Run("new", "Titel", "--service", "epsot=down", "--service", "lon=trasig", "--service", "lon", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("""
            --service epsot=down: error SC1008: service 'epsot' is not defined under 'services' in site.yml; did you mean 'epost'?
            --service lon: error SC4003: "lon" should be written as id=status, e.g. vatten=down
            --service lon=trasig: error SC1009: status "trasig" of service 'lon' is not one of operational, degraded, manual, down
            No update was created.

            """, run.Stderr.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(Path.Combine(site.Directory, "content")));
    }

    [Fact]
    public void A_template_with_an_unknown_service_is_reported_where_it_is_written()
    {
        using var site = new TestSite(Site.Replace("services: { lon: down }", "services: { vatten: down }", StringComparison.Ordinal));
        var run = CliRun.Run("new", "Titel", "-t", "lon", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("templates/lon.md(8,13): error SC1008: service 'vatten' is not defined under 'services' in site.yml", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_template_lists_the_ones_there_are()
    {
        using var site = new TestSite(Site);
        var run = CliRun.Run("new", "Titel", "--from-template", "lön", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--from-template: error SC4004: there is no template 'lön' in templates/; did you mean 'lon'?", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "Titel", "--severity", "extreme")]
    [InlineData("new", "  ")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        Assert.Equal(2, CliRun.Run(args).ExitCode);
    }

    [Fact]
    public void A_site_without_site_yml_is_an_error()
    {
        using var folder = new TempFolder();
        var run = CliRun.Run("new", "Titel", folder.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC0001: site.yml not found", run.Stderr, StringComparison.Ordinal);
    }
}
