using System.Diagnostics;
using System.Text.Json;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// Every page of the sample site passes the Nu HTML Checker (vnu) with no errors: the sample in its six languages, and the
/// sample in one language for the other right-to-left languages the theme has.
/// </summary>
public class HtmlValidityTests
{
    private static readonly string[] PagesOnlyInMirroredSites = ["about.html", "accessibility.html", "embed.html", "notice.html"];

    private static string VnuJar => Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Theory]
    [InlineData("sv", false)]
    [InlineData("ar", false)]
    [InlineData("fa", false)]
    [InlineData("sv", true)]
    public async Task Every_page_is_valid_html(string language, bool mirrors)
    {
        Assert.True(File.Exists(VnuJar), "vnu.jar missing: run 'npm ci --prefix tests/tools' (bash .ci/run does)");
        var settings = new Dictionary<string, string> { ["language"] = language };
        if (mirrors)
        {
            // Mirrors and a signing key add the other addresses to every footer and the verify commands to about.html.
            settings["mirrors"] = """[{ name: webbhotell, url: "sftp://kris@ftp.example-host.se/info/", publicUrl: "https://kris.webbhotell.example/info/" }, { name: reserv, url: "file:///media/usb/", publicUrl: "https://reserv.alvby.example/" }]""";
            settings["signing"] = """{ publicKey: "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3" }""";
        }
        using var site = new SampleSiteCopy(settings);
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = SampleSiteBuild.Now, IncludeDrafts = true, IncludeFuture = true }).Succeeded);

        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-jar", VnuJar, "--format", "json", "--skip-non-html", "--exit-zero-always", site.Output })
            start.ArgumentList.Add(arg);
        using var vnu = Process.Start(start)!;
        var stdout = vnu.StandardOutput.ReadToEndAsync();
        var report = await vnu.StandardError.ReadToEndAsync(); // vnu writes its JSON report to stderr
        await vnu.WaitForExitAsync();
        await stdout;

        using var json = JsonDocument.Parse(report);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToList();
        var errors = messages.Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error").Select(m => m.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Count();
        Assert.True(pages >= 25, $"only {pages} pages checked");
        if (mirrors)
            Assert.Contains("sha256sum -c SHA256SUMS", File.ReadAllText(Path.Combine(site.Output, "about.html")), StringComparison.Ordinal);
        Assert.All(PagesOnlyInMirroredSites, page => Assert.True(File.Exists(Path.Combine(site.Output, page)), page + " was not checked"));
    }
}
