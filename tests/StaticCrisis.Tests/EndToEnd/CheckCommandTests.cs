using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

public class CheckCommandTests
{
    private const string GoodSite = TestSite.OneUpdate;

    [Fact]
    public void A_good_site_passes_and_nothing_is_written()
    {
        using var site = new TestSite(GoodSite);
        var run = CliRun.Run("check", site.Directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Checked 1 update and 10 pages: no errors, 0 warnings \(\d+\.\d\d s\)\n$", run.Stdout.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal(["content", "site.yml"], Directory.EnumerateFileSystemEntries(site.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reports_the_same_lines_as_build()
    {
        using var site = new TestSite(GoodSite + "\n-- content/updates/b.md --\n---\ntitle: B\ndate: 2026-03-02\nseverity: extrem\nservices: { vatten: down }\nsumary: x\n---\n");
        var check = CliRun.Run("check", site.Directory);
        var build = CliRun.Run("build", site.Directory);

        Assert.Equal(1, check.ExitCode);
        static string[] Diagnostics(string stderr) => [.. stderr.Split('\n').Where(line => line.StartsWith("content/", StringComparison.Ordinal))];
        Assert.Equal(3, Diagnostics(check.Stderr).Length);
        Assert.Equal(Diagnostics(build.Stderr), Diagnostics(check.Stderr));
    }

    [Fact]
    public void Checks_every_internal_link_of_an_existing_output()
    {
        using var site = new TestSite(GoodSite);
        Assert.Equal(0, CliRun.Run("build", site.Directory).ExitCode);
        var clean = CliRun.Run("check", site.Directory);
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("links in the output", clean.Stdout, StringComparison.Ordinal);

        // Damage the output as a hand edit on the server would.
        File.Delete(Path.Combine(site.Output, "style.css"));
        var page = Path.Combine(site.Output, "updates", "2026-03-02-start.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("href=\"#sist\"", "href=\"#saknas\"", StringComparison.Ordinal));

        var run = CliRun.Run("check", site.Directory, "--strict");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => line.StartsWith("public/index.html(", StringComparison.Ordinal) && line.EndsWith("error SC3004: broken link 'style.css': the file does not exist; check the name, or save the file into content/", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("public/updates/2026-03-02-start.html(", StringComparison.Ordinal) && line.EndsWith("error SC3004: broken link '#saknas': 'updates/2026-03-02-start.html' has no element with id 'saknas'; check the part after '#'", StringComparison.Ordinal));
        Assert.Equal("Check failed: 11 errors.", lines[^1]); // style.css on each of the 10 pages (8 and a page per service), and the fragment
    }

    [Fact]
    public void A_missing_image_gets_one_verdict_in_build_and_check()
    {
        using var site = new TestSite(GoodSite + "\n-- content/updates/c.md --\n---\ntitle: C\ndate: 2026-03-02\n---\n![Karta](karta.png)\n");
        var build = CliRun.Run("build", site.Directory);
        var check = CliRun.Run("check", site.Directory);

        // Both pass with the warning where the update links it (and check also where the output has it); --strict fails both.
        Assert.Equal(0, build.ExitCode);
        Assert.Equal(0, check.ExitCode);
        Assert.Matches(@"content/updates/c\.md\(5,\d+\): warning SC1018: link to 'karta\.png' points at nothing in content/", build.Stderr);
        Assert.Matches(@"content/updates/c\.md\(5,\d+\): warning SC1018: link to 'karta\.png' points at nothing in content/", check.Stderr);
        Assert.Matches(@"warning SC3004: broken link '[^']*karta\.png'", check.Stderr);
        Assert.DoesNotContain(": error ", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.Run("build", site.Directory, "--strict").ExitCode);
        Assert.Equal(1, CliRun.Run("check", site.Directory, "--strict").ExitCode);
    }
}
