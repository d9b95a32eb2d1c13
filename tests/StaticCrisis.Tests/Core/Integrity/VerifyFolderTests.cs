using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Integrity;

/// <summary>verify reads a copy on a USB stick or a share as it reads one on the web: given as a folder or as a file:// address.</summary>
public class VerifyFolderTests
{
    [Fact]
    public void A_folder_and_a_file_address_are_checked_and_a_damaged_file_is_found()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        Assert.True(site.Build().Succeeded);

        var folder = CliRun.Run("verify", site.Output);
        var address = CliRun.Run("verify", new Uri(site.Output + "/").AbsoluteUri);

        foreach (var run in new[] { folder, address })
        {
            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
            Assert.Contains("Verdict: COMPLETE, NOT PROVEN GENUINE.", run.Stdout, StringComparison.Ordinal);
        }
        File.AppendAllText(Path.Combine(site.Output, "index.html"), "<!-- changed -->");
        File.Delete(Path.Combine(site.Output, "archive.html"));

        var damaged = CliRun.Run("verify", site.Output);

        Assert.Equal(1, damaged.ExitCode);
        Assert.Contains("DIFFERENT index.html", damaged.Stdout, StringComparison.Ordinal);
        Assert.Contains("MISSING   archive.html (no such file)", damaged.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: INCOMPLETE.", damaged.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_or_a_symbolic_link_in_the_copy_is_not_opened()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        Assert.True(site.Build().Succeeded);
        File.Delete(Path.Combine(site.Output, "archive.html"));
        SpecialFiles.NamedPipe(Path.Combine(site.Output, "archive.html"));
        File.Delete(Path.Combine(site.Output, "about.html"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "about.html"), "/etc/passwd");

        var run = CliRun.Run("verify", site.Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MISSING   archive.html (not an ordinary file (namedpipe))", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("MISSING   about.html (not an ordinary file (symboliclink))", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_that_is_no_copy_is_told_so()
    {
        var run = CliRun.Run("verify", "/no/such/folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("staticcrisis: error SC6005: '/no/such/folder' is neither an http(s) address such as https://kris.example.org/info/, a file:// address, nor a folder", run.Stderr.Trim());
    }
}
