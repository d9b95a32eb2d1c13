using System.Text;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// Files in the site folder that are not what they seem: named pipes, sockets, links out of the site or in a loop, names
/// with line breaks, files that would take the place of the site's own. Each is a located error naming the file, the
/// build never hangs, nothing outside the site reaches the output, and the site already published stays as it was.
/// </summary>
public class HostileFilesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static TestSite BuiltSite()
    {
        var site = new TestSite(TestSite.OneUpdate);
        Assert.True(site.Build().Succeeded);
        return site;
    }

    /// <summary>Builds on another thread, so a build that would hang fails the test instead of stalling the run.</summary>
    private static BuildResult BuildWithin(TestSite site)
    {
        var build = Task.Run(() => site.Build());
        Assert.True(build.Wait(Patience), "the build hung");
        return build.Result;
    }

    private static void AssertRefused(TestSite site, string expectedLine)
    {
        var before = FolderSnapshot.Take(site.Output);

        var result = BuildWithin(site);

        Assert.False(result.Succeeded);
        Assert.Contains(expectedLine, TestSite.Lines(result));
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(site.Output)), "the published site changed");
    }

    [Fact]
    public void A_named_pipe_among_the_updates_is_an_error_not_a_hang()
    {
        using var site = BuiltSite();
        SpecialFiles.NamedPipe(Path.Combine(site.Directory, "content/updates/2026-03-03-ror.md"));

        AssertRefused(site, "content/updates/2026-03-03-ror.md: error SC1040: this is a named pipe (FIFO), not an ordinary file, so it is not read; remove it or put a real file in its place");
    }

    [Fact]
    public void A_named_pipe_or_a_socket_among_the_images_is_an_error()
    {
        using var site = BuiltSite();
        SpecialFiles.NamedPipe(Path.Combine(site.Directory, "content/karta.png"));
        using var agent = SpecialFiles.Socket(Path.Combine(site.Directory, "content/agent.sock"));

        var result = BuildWithin(site);

        Assert.Contains("content/karta.png: error SC1040: this is a named pipe (FIFO), not an ordinary file, so it is not read; remove it or put a real file in its place", TestSite.Lines(result));
        Assert.Contains(TestSite.Lines(result), line => line.StartsWith("content/agent.sock: error SC1040: this is a socket", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_file_outside_the_site_is_refused_and_nothing_of_it_is_published()
    {
        using var site = BuiltSite();
        using var outside = new TempFolder();
        File.WriteAllText(outside.Combine("secret.txt"), "root:x:0:0:hemligt");
        File.CreateSymbolicLink(Path.Combine(site.Directory, "content/passwd.txt"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(site.Directory, "content/updates/2026-03-03-x.md"), outside.Combine("secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site.Directory, "content/hem"), outside.Path);

        var result = BuildWithin(site);

        var lines = TestSite.Lines(result);
        Assert.Contains("content/passwd.txt: error SC1041: this symbolic link leads outside the site folder (to /etc/passwd), so it is not followed and nothing is copied from there; copy the file into the site folder instead", lines);
        Assert.Contains(lines, line => line.StartsWith("content/updates/2026-03-03-x.md: error SC1041:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("content/hem: error SC1041:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("hemligt", StringComparison.Ordinal));
        Assert.False(site.OutputExists("passwd.txt"));
    }

    [Fact]
    public void A_link_that_stays_inside_the_site_is_followed()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        site.WriteBytes("delat/karta.png", [0x89, 0x50, 0x4E, 0x47]);
        File.CreateSymbolicLink(Path.Combine(site.Directory, "content/karta.png"), Path.Combine(site.Directory, "delat/karta.png"));

        var result = BuildWithin(site);

        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(Path.Combine(site.Output, "karta.png")));
    }

    [Fact]
    public void A_loop_of_links_and_a_link_to_nothing_are_errors_not_a_hang()
    {
        using var site = BuiltSite();
        var content = Path.Combine(site.Directory, "content");
        File.CreateSymbolicLink(Path.Combine(content, "a.png"), Path.Combine(content, "b.png"));
        File.CreateSymbolicLink(Path.Combine(content, "b.png"), Path.Combine(content, "a.png"));
        File.CreateSymbolicLink(Path.Combine(content, "borta.png"), Path.Combine(content, "finns-inte.png"));
        Directory.CreateSymbolicLink(Path.Combine(content, "varv"), content); // a folder that holds itself

        var result = BuildWithin(site);

        var lines = TestSite.Lines(result);
        Assert.Contains(lines, line => line.StartsWith("content/a.png: error SC1042: this symbolic link leads nowhere", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("content/borta.png: error SC1042:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("varv/varv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_pipe_or_a_link_out_in_the_sites_theme_stops_the_build_before_a_template_is_read()
    {
        using var site = BuiltSite();
        site.Write("site.yml", TestSite.MinimalConfig + "\ntheme: egen\n");
        site.CopyBuiltInTheme("egen");
        File.Delete(Path.Combine(site.Directory, "themes/egen/templates/_ServiceBoard.cshtml"));
        SpecialFiles.NamedPipe(Path.Combine(site.Directory, "themes/egen/templates/_ServiceBoard.cshtml"));
        File.CreateSymbolicLink(Path.Combine(site.Directory, "themes/egen/assets/hosts.css"), "/etc/hosts");

        var result = BuildWithin(site);

        var lines = TestSite.Lines(result);
        Assert.Contains("themes/egen/templates/_ServiceBoard.cshtml: error SC1040: this is a named pipe (FIFO), not an ordinary file, so it is not read; remove it or put a real file in its place", lines);
        Assert.Contains(lines, line => line.StartsWith("themes/egen/assets/hosts.css: error SC1041:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_named_pipe_as_site_yml_or_as_a_template_for_new_is_an_error()
    {
        using var site = BuiltSite();
        File.Delete(Path.Combine(site.Directory, "site.yml"));
        SpecialFiles.NamedPipe(Path.Combine(site.Directory, "site.yml"));

        AssertRefused(site, "site.yml: error SC1040: this is a named pipe (FIFO), not an ordinary file, so it is not read; remove it or put a real file in its place");

        using var other = new TestSite(TestSite.OneUpdate);
        Directory.CreateDirectory(Path.Combine(other.Directory, "templates"));
        SpecialFiles.NamedPipe(Path.Combine(other.Directory, "templates/storm.md"));
        var run = await Task.Run(() => CliRun.Run("new", "Storm", "--from-template", "storm", other.Directory)).WaitAsync(Patience);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/storm.md: error SC1040:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_or_escape_in_a_file_name_is_refused_and_printed_escaped()
    {
        using var site = BuiltSite();
        // The name would add a line to SHA256SUMS claiming index.html has another hash.
        var forged = "a.png) = 00\nSHA256 (index.html";
        site.WriteBytes("content/" + forged, [1, 2, 3]);
        site.WriteBytes("content/\u001b[2Jrensa.png", [1]);

        var result = BuildWithin(site);

        var lines = TestSite.Lines(result);
        Assert.Contains("content/a.png) = 00\\nSHA256 (index.html: error SC1043: the file's name has a control character (such as a line break) or a backslash, which cannot be published; rename it", lines);
        Assert.Contains(lines, line => line.StartsWith("content/\\x1B[2Jrensa.png: error SC1043:", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotContain('\u001b', line));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("feed.xml")]
    [InlineData("SHA256SUMS")]
    [InlineData("SHA256SUMS.minisig")]
    [InlineData("Style.css")]
    [InlineData("about.html")]
    public void A_file_of_content_that_would_replace_a_file_the_build_makes_is_an_error(string name)
    {
        using var site = BuiltSite();
        site.Write("content/" + name, "förfalskad");

        var result = BuildWithin(site);

        Assert.False(result.Succeeded);
        // A page is refused before it could collide: no web page among the content files is published at all.
        var code = name.EndsWith(".html", StringComparison.Ordinal) ? "SC1069: a web page or script among the content files" : "SC1045: this file would be published as ";
        Assert.Contains(TestSite.Lines(result), line => line.StartsWith($"content/{name}: error {code}", StringComparison.Ordinal));
        Assert.DoesNotContain("förfalskad", Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.Output, "index.html"))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SHA256SUMS/karta.png", "this file would be published inside a folder named SHA256SUMS, but the build writes a file of that name there; rename the folder")]
    [InlineData("Index.html/bild.png", "this file would be published inside a folder named index.html, but the build writes a file of that name there; rename the folder")]
    [InlineData("services", "this file would be published where the build makes a folder (for services/")]
    public void A_file_of_content_where_the_build_needs_a_folder_or_inside_a_file_it_makes_is_an_error(string name, string message)
    {
        // Found by CsCheck: "content/SHA256SUMS/…" made the build fail writing with "Access denied" and no location.
        using var site = BuiltSite();
        var before = File.ReadAllBytes(Path.Combine(site.Output, "index.html"));
        site.Write("content/" + name, "förfalskad");

        var result = BuildWithin(site);

        Assert.False(result.Succeeded);
        Assert.Contains(TestSite.Lines(result), line => line.StartsWith($"content/{name}: error SC1045: {message}", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_named_pipe_planted_among_the_published_cap_messages_is_never_opened()
    {
        using var site = new TestSite(TestSite.OneUpdate.Replace("accessibility:", "cap:\n  enabled: true\n  sender: \"kris@example.org\"\naccessibility:", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        SpecialFiles.NamedPipe(Path.Combine(site.Output, "cap", "planterad.xml"));

        var result = BuildWithin(site);

        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
    }
}
