using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// With mirrors configured, residents find the other copies when one is down: every footer, the printed notice
/// and the About page list them, and About says how to verify a copy with the site's public key.
/// </summary>
public class MirrorAddressesTests
{
    private const string PublicKey = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3";

    private static TestSite SiteWithMirrors() => new($"""
        -- site.yml --
        {TestSite.MinimalConfig}
        mirrors:
          - {"{"} name: huvud, url: "file:///srv/kris/", publicUrl: "https://kris.example.org/info/" {"}"}
          - {"{"} name: webbhotell, url: "sftp://kris@ftp.example-host.se:22/public_html/info/", publicUrl: "https://kris.webbhotell.example/info/" {"}"}
          - {"{"} name: reserv, url: "s3://krisinfo/info/?endpoint=https://s3.example.net&region=eu-north-1", publicUrl: "https://krisinfo.s3.example.net/info/" {"}"}
          - {"{"} name: usb, url: "file:///media/usb/krisinfo/" {"}"}
        signing:
          publicKey: "{PublicKey}"
        -- content/updates/2026-03-02-start.md --
        ---
        title: "Start"
        date: 2026-03-02T08:00:00+01:00
        pinned: true
        ---
        Text.
        """);

    private static readonly string[] OtherCopies = ["https://kris.webbhotell.example/info/", "https://krisinfo.s3.example.net/info/"];

    [Fact]
    public void Every_page_footer_names_the_other_copies_briefly()
    {
        using var site = SiteWithMirrors();
        var result = site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(site.Output, path)).Where(path => path != "banner.html").ToList();
        Assert.True(pages.Count >= 10);
        foreach (var path in pages)
        {
            var links = site.Page(path).QuerySelectorAll("footer .also-at a").ToList();
            // The base URL is not "also": it is the site's own address, shown just above; a mirror without a public address is not shown.
            Assert.Equal(OtherCopies, links.Select(a => a.GetAttribute("href")));
            Assert.Equal(["kris.webbhotell.example/info", "krisinfo.s3.example.net/info"], links.Select(a => a.TextContent));
        }
    }

    [Fact]
    public void The_printed_notice_carries_every_address_in_full()
    {
        using var site = SiteWithMirrors();
        Assert.True(site.Build().Succeeded);
        var notice = site.Page("notice.html").QuerySelector("main")!;
        Assert.Equal("https://kris.example.org/info/", notice.QuerySelector(".notice-address a")!.TextContent);
        Assert.Equal(OtherCopies, notice.QuerySelectorAll(".notice-mirrors a").Select(a => a.TextContent));
    }

    [Fact]
    public void About_lists_every_copy_and_how_to_verify_one_with_the_public_key()
    {
        using var site = SiteWithMirrors();
        Assert.True(site.Build().Succeeded);
        var main = site.Page("about.html").QuerySelector("main")!;

        Assert.Equal(["https://kris.example.org/info/", .. OtherCopies], main.QuerySelectorAll("#copies + p + ul.copies a").Select(a => a.GetAttribute("href")));
        var commands = main.QuerySelectorAll("#verify ~ pre code").Select(code => code.TextContent).ToList();
        Assert.Equal($"staticcrisis verify https://kris.example.org/info/ --public-key {PublicKey}", commands[0]);
        Assert.Equal($"minisign -Vm SHA256SUMS -P {PublicKey}\nsha256sum -c SHA256SUMS", commands[1]);
        Assert.Equal(PublicKey, main.QuerySelector("code.public-key")!.TextContent);
        Assert.True(site.OutputExists("SHA256SUMS"), "the file the commands check is written by every build");
    }

    [Fact]
    public void Without_mirrors_or_a_key_nothing_about_copies_is_shown()
    {
        using var site = new TestSite(TestSite.OneUpdate);
        Assert.True(site.Build().Succeeded);
        Assert.Null(site.Page("index.html").QuerySelector(".also-at"));
        Assert.Null(site.Page("notice.html").QuerySelector(".notice-mirrors"));
        var about = site.Page("about.html");
        Assert.Null(about.QuerySelector("#copies"));
        Assert.Null(about.QuerySelector("#verify"));
    }
}
