using System.Globalization;
using System.IO.Compression;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Browser;

/// <summary>The sample site in a real browser: accessibility (axe), layout, requests, weight, print.</summary>
[Collection("browser")]
public class BrowserTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public BrowserTests(BrowserFixture browser) => _browser = browser;

    public static TheoryData<string, string, int, int, ColorScheme> Views()
    {
        var data = new TheoryData<string, string, int, int, ColorScheme>();
        foreach (var (name, path) in new[] { ("home", ""), ("update", "updates/2026-03-03-informationspunkter.html"), ("archive", "archive.html"), ("notice", "notice.html"), ("service", "services/hemtjanst.html"), ("incident", "incidents/utbetalningar.html"), ("banner", "banner.html"), ("embed", "embed.html"), ("accessibility", "accessibility.html"), ("about", "about.html") })
        {
            foreach (var (viewport, width, height) in new[] { ("phone", 390, 844), ("desktop", 1280, 900) })
            {
                data.Add(name, path, width, height, ColorScheme.Light);
                data.Add(name, path, width, height, ColorScheme.Dark);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Pages_have_no_axe_violations_and_make_no_request_beyond_loopback(string name, string path, int width, int height, ColorScheme scheme)
    {
        var (page, requests) = await _browser.OpenAsync(path, width, height, scheme);
        try
        {
            var screenshot = Path.Combine(BrowserFixture.Artifacts, $"{name}-{(width < 800 ? "phone" : "desktop")}-{scheme.ToString().ToLowerInvariant()}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot + ".png" });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot + "-full.png", FullPage = true });

            var axe = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            Assert.True(axe.Violations.Length == 0, Describe(axe.Violations));

            Assert.All(requests, url => Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal));
            var scripts = await page.EvaluateAsync<int>("document.querySelectorAll('script:not([type=\"application/ld+json\"])').length");
            Assert.Equal(0, scripts);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A page of each language of the sample (an untranslated one among them), and the Persian site: axe finds nothing.</summary>
    [Theory]
    [InlineData("lattlast/updates/2026-03-02-it-angrepp.html", null)]
    [InlineData("en/", null)]
    [InlineData("en/updates/2026-03-04-lon-forsenad.html", null)]
    [InlineData("fi/updates/2026-03-20-laget-just-nu.html", null)]
    [InlineData("fit/services/hemtjanst.html", null)]
    [InlineData("ar/", null)]
    [InlineData("ar/updates/2026-03-04-lon-forsenad.html", null)]
    [InlineData("ar/incidents/utbetalningar.html", null)]
    [InlineData("", "fa")]
    [InlineData("updates/2026-03-03-informationspunkter.html", "fa")]
    public async Task Every_language_has_no_axe_violations(string path, string? site)
    {
        var (page, requests) = await _browser.OpenAsync(path, 390, 844, server: site == "fa" ? _browser.PersianServer : null);
        try
        {
            var name = (site ?? "") + path.Replace('/', '-').Replace(".html", "", StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"language-{name.Trim('-')}.png"), FullPage = true });
            var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
            Assert.True(axe.Violations.Length == 0, Describe(axe.Violations));
            Assert.All(requests, url => Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal));
            Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
            if (path.StartsWith("ar/", StringComparison.Ordinal) || site == "fa")
                Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("", 390, ColorScheme.Light)]
    [InlineData("", 1280, ColorScheme.Dark)]
    [InlineData("updates/2026-03-03-informationspunkter.html", 390, ColorScheme.Light)]
    [InlineData("archive.html", 1280, ColorScheme.Light)]
    [InlineData("accessibility.html", 390, ColorScheme.Light)]
    [InlineData("about.html", 390, ColorScheme.Dark)]
    public async Task The_arabic_site_reads_right_to_left_without_axe_violations(string path, int width, ColorScheme scheme)
    {
        var (page, requests) = await _browser.OpenAsync(path, width, 844, scheme, _browser.ArabicServer);
        try
        {
            var name = path.Length == 0 ? "home" : Path.GetFileNameWithoutExtension(path).Split('-')[0];
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"ar-{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png") });
            Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
            // Mirrored: the page title starts at the right edge.
            var titleRight = await page.EvaluateAsync<double>("document.querySelector('h1').getBoundingClientRect().right");
            var mainRight = await page.EvaluateAsync<double>("document.querySelector('main').getBoundingClientRect().right");
            Assert.True(Math.Abs(titleRight - mainRight) < 20, $"h1 ends at {titleRight}, main at {mainRight}");
            var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
            Assert.True(axe.Violations.Length == 0, Describe(axe.Violations));
            Assert.All(requests, url => Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal));
            Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("updates/2026-03-02-it-angrepp.html")]
    public async Task High_contrast_mode_keeps_the_page_readable_without_axe_violations(string path)
    {
        var (page, _) = await _browser.OpenAsync(path, 390, 844, ColorScheme.Dark, forcedColors: ForcedColors.Active);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"forced-colors-{(path.Length == 0 ? "home" : "update")}.png") });
            var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
            Assert.True(axe.Violations.Length == 0, Describe(axe.Violations));
            // Severity badges keep a visible border in forced colors, so they still read as badges.
            var border = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.severity')).borderTopStyle");
            Assert.Equal("solid", border);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("updates/2026-03-03-informationspunkter.html")]
    [InlineData("archive.html")]
    [InlineData("notice.html")]
    [InlineData("services/hemtjanst.html")]
    [InlineData("banner.html")]
    [InlineData("accessibility.html")]
    [InlineData("about.html")]
    public async Task Nothing_scrolls_sideways_on_a_320_pixel_phone(string path)
    {
        var (page, _) = await _browser.OpenAsync(path, 320, 640);
        try
        {
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.Equal(0, overflow);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_first_tab_shows_a_skip_link_that_moves_focus_to_the_content()
    {
        var (page, _) = await _browser.OpenAsync("", 390, 844);
        try
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Hoppa till innehållet", await page.EvaluateAsync<string>("document.activeElement.textContent"));
            var top = await page.EvaluateAsync<double>("document.activeElement.getBoundingClientRect().top");
            Assert.True(top >= 0, "the focused skip link is outside the viewport");
            var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
            Assert.Equal("solid", outline);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "skip-link-focused.png") });

            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.PressAsync("Tab");
            var inMain = await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)");
            Assert.True(inMain, "after the skip link, Tab should reach the first link in the content");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_home_page_with_everything_it_loads_fits_in_14_kb_gzip()
    {
        var (page, requests) = await _browser.OpenAsync("", 390, 844);
        await page.Context.CloseAsync();
        var total = 0L;
        var report = new StringBuilder();
        foreach (var url in requests.Distinct())
        {
            var relative = Uri.UnescapeDataString(new Uri(url).AbsolutePath)[_browser.Server.BasePath.Length..];
            var file = Path.Combine(_browser.Output, relative.Length == 0 ? "index.html" : relative);
            var size = GzipSize(File.ReadAllBytes(file));
            total += size;
            report.AppendLine(CultureInfo.InvariantCulture, $"{relative}: {size} B");
        }
        File.WriteAllText(Path.Combine(BrowserFixture.Artifacts, "home-weight.txt"), report + $"total: {total} B gzip\n");
        Assert.True(requests.Count >= 2, "the stylesheet was not loaded");
        Assert.True(total <= 14 * 1024, $"home page weighs {total} B gzip:\n{report}");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("lattlast/", "")]
    [InlineData("en/", "")]
    [InlineData("fi/", "")]
    [InlineData("fit/", "")]
    [InlineData("ar/", "")]
    [InlineData("", "fa")]
    public async Task The_printable_notice_fits_on_one_a4_sheet(string folder, string site)
    {
        var (page, _) = await _browser.OpenAsync(folder + "notice.html", 794, 1123, server: site == "fa" ? _browser.PersianServer : null);
        try
        {
            var name = (folder + site).TrimEnd('/') is { Length: > 0 } language ? "notice-print-" + language : "notice-print";
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false, Path = Path.Combine(BrowserFixture.Artifacts, name + ".pdf") });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, name + ".png"), FullPage = true });
            Assert.Equal(1, PdfPageCount(pdf));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task On_the_arabic_site_every_phone_number_reads_left_to_right_unbroken()
    {
        var (page, _) = await _browser.OpenAsync("updates/2026-03-02-hemtjansten-papper.html", 320, 844, server: _browser.ArabicServer);
        try
        {
            // In the text (written as "0999-123 40") and in the footer: each an isolated left-to-right run on one line.
            var numbers = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
                () => [...document.querySelectorAll('a[href^="tel:"]')].map(a => {
                  const style = getComputedStyle(a);
                  const text = a.firstChild;
                  const range = document.createRange();
                  range.setStart(text, 0); range.setEnd(text, 1);
                  const first = range.getBoundingClientRect();
                  range.setStart(text, text.length - 1); range.setEnd(text, text.length);
                  const last = range.getBoundingClientRect();
                  return { text: a.textContent, inText: !!a.closest('.body, article'), direction: style.direction, bidi: style.unicodeBidi,
                           leftToRight: first.left < last.left, oneLine: a.getClientRects().length === 1 };
                })
                """);
            var all = numbers.EnumerateArray().ToList();
            Assert.Contains(all, number => number.GetProperty("text").GetString() == "0999-123 40" && number.GetProperty("inText").GetBoolean());
            Assert.True(all.Count >= 2, $"only {all.Count} phone links");
            foreach (var number in all)
            {
                var text = number.GetProperty("text").GetString();
                Assert.Equal("ltr", number.GetProperty("direction").GetString());
                Assert.Equal("isolate", number.GetProperty("bidi").GetString());
                Assert.True(number.GetProperty("leftToRight").GetBoolean(), $"{text} does not read left to right");
                Assert.True(number.GetProperty("oneLine").GetBoolean(), $"{text} breaks across lines");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(8, 5)]
    [InlineData(30, 12)]
    public async Task A_crowded_notice_still_prints_on_one_sheet_with_the_address_and_its_qr_code(int services, int updates)
    {
        var text = new System.Text.StringBuilder();
        text.Append("-- site.yml --\ntitle: \"Alvby kommun – krisinformation om it-angreppet\"\nbaseUrl: \"https://kris.alvby.example/info/\"\ntimezone: Europe/Stockholm\n");
        text.Append("contact:\n  - { label: \"Kommunens växel, vardagar 8–17\", phone: \"0999-123 00\" }\n  - { label: \"Hemtjänsten, dygnet runt\", phone: \"0999-123 50\" }\n");
        text.Append("accessibility: { organisation: \"Alvby kommun\", compliance: full, assessed: 2026-03-01, method: self-assessment, phone: \"0999-123 00\" }\nservices:\n");
        for (var i = 0; i < services; i++)
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: s{i}, name: \"Tjänst nummer {i} med ett långt namn för att fylla raden\", advice: \"Ring växeln om du behöver hjälp med detta under avbrottet\" }}\n");
        for (var i = 0; i < updates; i++)
        {
            var statuses = string.Join(", ", Enumerable.Range(0, services).Select(s => $"s{s}: {(s % 2 == 0 ? "down" : "degraded")}"));
            text.Append(CultureInfo.InvariantCulture, $"-- content/updates/2026-03-{i + 1:00}-u.md --\n---\ntitle: \"Läget i dag nummer {i}: vad som fungerar och vad som inte gör det\"\ndate: 2026-03-{i + 1:00}T08:00:00+01:00\nsummary: \"En lång sammanfattning som tar plats på arket.\"\npinned: {(i == updates - 1 ? "true" : "false")}\nservices: {{ {statuses} }}\n---\nText.\n");
        }
        using var site = new TestSite(text.ToString());
        Assert.True(site.Build().Succeeded);
        var server = new StaticFileServer(site.Output);
        try
        {
            var (page, _) = await _browser.OpenAsync("notice.html", 794, 1123, server: server);
            try
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false, Path = Path.Combine(BrowserFixture.Artifacts, $"notice-{services}-services.pdf") });
                Assert.Equal(1, PdfPageCount(pdf));
                // The address and its QR code are on that sheet: inside the printed area, not cut off below it.
                var printable = await page.EvaluateAsync<double>("() => document.querySelector('main').getBoundingClientRect().bottom");
                foreach (var selector in new[] { ".notice-address a", "svg.qr" })
                {
                    var bottom = await page.EvaluateAsync<double>($"() => document.querySelector('{selector}').getBoundingClientRect().bottom");
                    Assert.True(bottom > 0 && bottom <= printable, $"{selector} ends at {bottom}px, below the sheet ({printable}px)");
                }
                Assert.Equal("https://kris.alvby.example/info/", await page.InnerTextAsync(".notice-address a"));
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
        finally
        {
            server.Dispose();
        }
    }

    [Fact]
    public async Task Print_hides_navigation_and_prints_link_addresses()
    {
        var (page, _) = await _browser.OpenAsync("updates/2026-03-06-vi-betalar-inte.html", 794, 1123);
        try
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.False(await page.IsVisibleAsync("nav[aria-label] ul"));
            var after = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.body a[href]'), '::after').content");
            Assert.Contains("2026-03-02-it-angrepp.html", after, StringComparison.Ordinal);
            await page.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(BrowserFixture.Artifacts, "update-print.pdf") });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static long GzipSize(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(bytes);
        return buffer.Length;
    }

    /// <summary>Counts page objects in the PDF Chromium writes ("/Type /Page", not "/Type /Pages").</summary>
    private static int PdfPageCount(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page(?![s\w])");
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join("\n", violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => n.Html + " -> " + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))))));
}
