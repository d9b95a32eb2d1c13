using StaticCrisis.Core.Authoring;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

public class InitCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 7, 45, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    [InlineData("fi")]
    [InlineData("fit")]
    [InlineData("se")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("so")]
    [InlineData("uk")]
    public void Init_writes_a_site_that_builds_and_once_its_accessibility_statement_is_completed_builds_strictly(string language)
    {
        using var folder = new TempFolder();
        var site = folder.Combine("krisinfo");
        var run = CliRun.Run("init", site, "--language", language, "--title", "Alvby kommun", "--base-url", "https://kris.alvby.example/info/");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("Created a site in", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "site.yml")));
        Assert.True(File.Exists(Path.Combine(site, "themes", "README.md")));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(site, "templates"), "*.md").Length);
        Assert.Single(Directory.GetFiles(Path.Combine(site, "content", "updates"), "*.md"));

        // It builds; the one thing left to do is the accessibility statement, a legal text only the writer can complete.
        var first = SiteBuilder.Build(new BuildRequest { SiteDirectory = site });
        Assert.True(first.Succeeded);
        var warning = Assert.Single(first.Diagnostics.Sorted());
        Assert.Equal("SC0069", warning.Code);
        var siteYml = Path.Combine(site, "site.yml");
        Assert.Contains("organisation:", File.ReadAllLines(siteYml)[warning.Location!.Value.Line - 1], StringComparison.Ordinal);

        File.WriteAllText(siteYml, CompleteAccessibilityStatement(File.ReadAllText(siteYml)));
        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = site, Strict = true });
        Assert.Empty(TestSite.Lines(result));
        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Statistics!.Updates);
        Assert.Contains("Alvby kommun", File.ReadAllText(Path.Combine(site, "public", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "public", "accessibility.html")));
        Assert.Contains("tel:112", File.ReadAllText(Path.Combine(site, "public", "about.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Site_yml_explains_every_option()
    {
        foreach (var language in StarterFiles.Languages)
        {
            var siteYml = StarterFiles.Site(language).Single(file => file.Path == "site.yml").Text;
            foreach (var key in new[] { "title:", "description:", "baseUrl:", "language:", "timezone:", "theme:", "outputDir:", "feed:", "timeline:", "contact:", "services:", "helpNumbers:", "accessibility:" })
            {
                var line = siteYml.Split('\n').Select((text, index) => (text, index)).Single(entry => entry.text.StartsWith(key, StringComparison.Ordinal));
                Assert.StartsWith("#", siteYml.Split('\n')[line.index - 1], StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    [InlineData("fi")]
    [InlineData("fit")]
    [InlineData("se")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("so")]
    [InlineData("uk")]
    public void The_commented_cap_and_hub_example_builds_when_uncommented(string language)
    {
        using var folder = new TempFolder();
        Assert.NotNull(StarterSite.Create(new StarterRequest { Directory = folder.Path, Language = language, Now = Now }, new DiagnosticBag()));
        var path = Path.Combine(folder.Path, "site.yml");
        var text = File.ReadAllText(path);
        // Remove the '# ' before 'hub:', 'cap:' and the indented lines of the cap block, as the comment tells the reader to.
        var uncommented = System.Text.RegularExpressions.Regex.Replace(text, @"^# (hub:|cap:|  \w+:)", "$1", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.NotEqual(text, uncommented);
        File.WriteAllText(path, CompleteAccessibilityStatement(uncommented));

        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = folder.Path, Strict = true, Now = Now.AddMinutes(1) });
        Assert.Empty(TestSite.Lines(result));
        var messages = Directory.GetFiles(Path.Combine(folder.Path, "public", "cap"), "*.xml");
        Assert.Single(messages);
        Assert.Empty(CapSchema.Problems(messages[0]));
        Assert.Contains("rel=\"hub\"", File.ReadAllText(Path.Combine(folder.Path, "public", "feed.atom")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "[FYLL I:", "it-angrepp", "elavbrott", "storm", "varmebolja", "vattenavbrott")]
    [InlineData("en", "[FILL IN:", "it-outage", "power-cut", "storm", "heatwave", "water")]
    [InlineData("fi", "[TÄYDENNÄ:", "it-hairio", "sahkokatko", "myrsky", "helle", "vesihairio")]
    [InlineData("fit", "[TÄYTÄ:", "it-hairio", "sahkokatko", "myrsky", "helle", "vesihairio")]
    [InlineData("se", "[DEVDDE:", "dihtorfallehus", "ravdnjebotkeheapmi", "garrabiegga", "bahkkaadagat", "cazehehttehus")]
    [InlineData("ar", "[أكمل:", "hujum-electroni", "inqita-kahraba", "asifa", "mawjat-har", "mushkilat-almiyah")]
    [InlineData("fa", "[تکمیل کنید:", "hamle-saiberi", "ghat-barq", "tufan", "mowj-garma", "ekhtelal-ab")]
    [InlineData("so", "[BUUXI:", "weerar-internet", "koronto-la-aan", "duufaan", "kulayl", "biyaha")]
    [InlineData("uk", "[ЗАПОВНІТЬ:", "kiberataka", "vidkliuchennia-svitla", "shtorm", "speka", "voda")]
    public void Every_template_makes_an_update_that_builds_with_its_placeholders_marked(string language, string marker, params string[] templates)
    {
        using var folder = new TempFolder();
        Assert.NotNull(StarterSite.Create(new StarterRequest { Directory = folder.Path, Language = language, Now = Now }, new DiagnosticBag()));
        Assert.Equal(templates.Order(StringComparer.Ordinal), UpdateTemplate.Names(folder.Path));

        foreach (var template in templates)
        {
            var diagnostics = new DiagnosticBag();
            var path = UpdateFileWriter.Create(new NewUpdateRequest { SiteDirectory = folder.Path, Title = "Från " + template, Template = template, Now = Now }, diagnostics);
            Assert.Empty(diagnostics.Sorted());
            var text = File.ReadAllText(Path.Combine(folder.Path, path!));
            Assert.Equal(marker, PlaceholderCheck.FirstMarker(text));
            Assert.DoesNotContain("title: \"[", text, StringComparison.Ordinal);
        }
        // Each is a draft until its placeholders are filled in: the build goes through without them, and names them.
        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = folder.Path, Now = Now.AddMinutes(1) });
        Assert.True(result.Succeeded);
        Assert.Single(result.Diagnostics.Sorted(), d => d.Code == "SC0069"); // the starter's accessibility statement
        Assert.Single(result.Diagnostics.Sorted());
        Assert.Equal(1, result.Statistics!.Updates);
        Assert.Equal(templates.Length, result.Statistics.Unpublished.Count(left => left.IsDraft));
    }

    [Fact]
    public void Init_refuses_a_folder_with_a_site_and_changes_nothing()
    {
        using var site = new TestSite($"""
            -- site.yml --
            {TestSite.MinimalConfig}
            -- notes.txt --
            mine
            """);
        var before = FolderSnapshot.Take(site.Directory);

        var run = CliRun.Run("init", site.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("staticcrisis: error SC4001: refusing to create a site in '", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("it already has site.yml; nothing was changed", run.Stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(site.Directory)));
    }

    [Fact]
    public void Init_refuses_when_any_file_it_would_write_exists()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("README.md"), "a folder with other things is fine");
        Directory.CreateDirectory(folder.Combine("templates"));
        File.WriteAllText(folder.Combine("templates", "storm.md"), "my own storm text");
        var before = FolderSnapshot.Take(folder.Path);

        var run = CliRun.Run("init", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("it already has templates/storm.md", run.Stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(folder.Path)));
    }

    [Fact]
    public void A_title_with_quotes_and_colons_reaches_the_pages_as_typed()
    {
        using var folder = new TempFolder();
        const string title = "Alvby: \"kris\" # info \\ 100%";
        Assert.Equal(0, CliRun.Run("init", folder.Path, "--title", title).ExitCode);

        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = folder.Path });

        Assert.True(result.Succeeded, string.Join('\n', TestSite.Lines(result)));
        Assert.Equal(["SC0069"], result.Diagnostics.Sorted().Select(d => d.Code)); // only the statement left to complete
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder.Path, "public", "index.html")));
        Assert.Contains(title, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_base_url_is_reported_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var run = CliRun.Run("init", folder.Path, "--base-url", "kris.example.org");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--base-url: error SC0006: 'baseUrl' \"kris.example.org\" is not an absolute http(s) address", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void An_unknown_language_is_wrong_usage()
    {
        using var folder = new TempFolder();
        var run = CliRun.Run("init", folder.Path, "--language", "de");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'fi'", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Every_language_of_the_theme_has_a_starter_of_its_own()
    {
        Assert.Equal(StarterSite.Languages, StarterFiles.Languages);
        foreach (var language in StarterFiles.Languages)
        {
            var files = StarterFiles.Site(language).Select(file => file.Path).ToList();
            Assert.Equal(5, files.Count(path => path.StartsWith("templates/", StringComparison.Ordinal)));
            Assert.Single(files, path => path.StartsWith("content/updates/", StringComparison.Ordinal));
            Assert.Contains($"\nlanguage: {language}\n", StarterFiles.Site(language).Single(file => file.Path == "site.yml").Text, StringComparison.Ordinal);
            Assert.NotEqual(StarterFiles.Text("en", "new-update.md"), language == "en" ? "" : StarterFiles.Text(language, "new-update.md"));
        }
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("uk")]
    public void Every_language_of_the_theme_makes_a_site_that_builds_in_that_language(string language)
    {
        using var folder = new TempFolder();
        var run = CliRun.Run("init", folder.Path, "--language", language);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"\nlanguage: {language}\n", File.ReadAllText(Path.Combine(folder.Path, "site.yml")), StringComparison.Ordinal);
        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = folder.Path, Now = DateTimeOffset.Now.AddMinutes(1) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder.Path, "public", "index.html")));
        Assert.Equal(language, html.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void The_first_update_is_dated_now_in_the_site_time_zone()
    {
        using var folder = new TempFolder();
        StarterSite.Create(new StarterRequest { Directory = folder.Path, Now = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero) }, new DiagnosticBag());

        var file = Assert.Single(Directory.GetFiles(folder.Combine("content", "updates")));
        Assert.Equal("2026-03-02-har-informerar-vi.md", Path.GetFileName(file));
        Assert.Contains("date: 2026-03-02T00:30:00+01:00\n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    /// <summary>What the writer does after init: fill in the accessibility statement's placeholders.</summary>
    private static string CompleteAccessibilityStatement(string siteYml) =>
        System.Text.RegularExpressions.Regex.Replace(siteYml, "(?:" + string.Join('|', PlaceholderCheck.Markers.Select(System.Text.RegularExpressions.Regex.Escape)) + @") [^\]]*\]", "Alvby kommun");
}
