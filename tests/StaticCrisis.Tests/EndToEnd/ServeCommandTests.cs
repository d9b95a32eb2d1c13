using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StaticCrisis.Cli.Serving;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Preview;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

public class ServeCommandTests
{
    private const string Update = "content/updates/2026-03-02-start.md";

    private const string Site = $"""
        -- site.yml --
        {TestSite.MinimalConfig}
        -- {Update} --
        ---
        title: "Start"
        date: 2026-03-02T08:00:00+01:00
        ---
        Första texten.
        -- content/files/karta.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>
        -- content/files/lista.txt --
        0999-123 00
        -- content/files/beslut.pdf --
        %PDF-1.4
        """;

    [Fact]
    public async Task Serve_rebuilds_on_save_signals_reload_and_shows_errors_over_the_last_good_build()
    {
        using var site = new TestSite(Site);
        await using var serve = await ServeRun.StartAsync(site.Directory);

        // Pages, with the reload hook in the response.
        var home = await serve.Http.GetAsync("index.html");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
        var homeHtml = await home.Content.ReadAsStringAsync();
        Assert.Contains("Testkommun", homeHtml, StringComparison.Ordinal);
        Assert.Contains(ReloadHook.EventsPath, homeHtml, StringComparison.Ordinal);
        Assert.Contains("Testkommun", await serve.Http.GetStringAsync("/"), StringComparison.Ordinal);

        // Other files, with their content types and untouched.
        await AssertContentType(serve, "style.css", "text/css; charset=utf-8");
        await AssertContentType(serve, "feed.xml", "application/xml; charset=utf-8");
        await AssertContentType(serve, "sitemap.xml", "application/xml; charset=utf-8");
        await AssertContentType(serve, "robots.txt", "text/plain; charset=utf-8");
        await AssertContentType(serve, "files/karta.svg", "image/svg+xml; charset=utf-8");
        await AssertContentType(serve, "files/lista.txt", "text/plain; charset=utf-8");
        await AssertContentType(serve, "files/beslut.pdf", "application/pdf");
        Assert.DoesNotContain(ReloadHook.EventsPath, await serve.Http.GetStringAsync("feed.xml"), StringComparison.Ordinal);

        // Unknown pages and escapes from the build folder are the site's 404 page.
        var missing = await serve.Http.GetAsync("no/such/page.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(ReloadHook.EventsPath, await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await serve.Http.GetAsync("%2e%2e/%2e%2e/site.yml")).StatusCode);

        // A save rebuilds, and open tabs hear of it.
        using var events = await BuildEvents.OpenAsync(serve);
        var first = await events.NextAsync();
        site.Write(Update, File.ReadAllText(Path.Combine(site.Directory, Update)).Replace("Första texten.", "Andra texten.", StringComparison.Ordinal));
        Assert.True(await events.NextAsync() > first);
        await ServeRun.Eventually(async () => (await serve.Http.GetStringAsync("updates/2026-03-02-start.html")).Contains("Andra texten.", StringComparison.Ordinal), "the rebuilt page");

        // A mistake: located in the terminal, listed (escaped) over the last good page in the browser.
        site.Write(Update, File.ReadAllText(Path.Combine(site.Directory, Update)).Replace("date: 2026-03-02T08:00:00+01:00", "date: \"<b>snart</b>\"", StringComparison.Ordinal));
        await events.NextAsync();
        await ServeRun.Eventually(async () => (await serve.Http.GetStringAsync("updates/2026-03-02-start.html")).Contains("staticcrisis-problems", StringComparison.Ordinal), "the problems panel");
        var stale = await serve.Http.GetAsync("updates/2026-03-02-start.html");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Andra texten.", staleHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"staticcrisis-problems\"", staleHtml, StringComparison.Ordinal);
        Assert.Contains("content/updates/2026-03-02-start.md(3,7): error SC1007: &#39;date&#39; &quot;&lt;b&gt;snart&lt;/b&gt;&quot; is not a date", staleHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>snart</b>", staleHtml, StringComparison.Ordinal);
        Assert.Contains("content/updates/2026-03-02-start.md(3,7): error SC1007: 'date' \"<b>snart</b>\" is not a date", serve.Stderr, StringComparison.Ordinal);
        Assert.Contains("Still showing the last good build.", serve.Stderr, StringComparison.Ordinal);

        // Fixed: the panel goes away.
        site.Write(Update, File.ReadAllText(Path.Combine(site.Directory, Update)).Replace("date: \"<b>snart</b>\"", "date: 2026-03-02", StringComparison.Ordinal));
        await events.NextAsync();
        await ServeRun.Eventually(async () => !(await serve.Http.GetStringAsync("updates/2026-03-02-start.html")).Contains("staticcrisis-problems", StringComparison.Ordinal), "the panel to go");

        // Ctrl+C: a clean stop, and the site's own output folder was never written.
        Assert.Equal(0, await serve.StopAsync());
        Assert.Contains("Stopped.", serve.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => new HttpClient().GetAsync(serve.Address));
    }

    [Fact]
    public async Task A_site_that_never_built_shows_an_error_page_until_it_is_fixed()
    {
        using var site = new TestSite(Site.Replace("title: \"Start\"", "title: \"Start\"\nseverity: extreme", StringComparison.Ordinal));
        await using var serve = await ServeRun.StartAsync(site.Directory);

        var page = await serve.Http.GetAsync("index.html");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("content/updates/2026-03-02-start.md(3,11): error SC1004: severity &quot;extreme&quot; is not one of", html, StringComparison.Ordinal);
        Assert.Contains(ReloadHook.EventsPath, html, StringComparison.Ordinal);

        site.Write(Update, File.ReadAllText(Path.Combine(site.Directory, Update)).Replace("severity: extreme", "severity: critical", StringComparison.Ordinal));
        await ServeRun.Eventually(async () => (await serve.Http.GetAsync("index.html")).StatusCode == HttpStatusCode.OK, "the fixed site to be served");
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task The_preview_switches_languages_like_the_site_and_shows_a_saved_translation_at_once()
    {
        using var site = new TestSite(Site.Replace("title: \"Testkommun\"", "title: \"Testkommun\"\nlanguages: [en, ar]", StringComparison.Ordinal));
        await using var serve = await ServeRun.StartAsync(site.Directory);

        var english = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await serve.Http.GetStringAsync("en/updates/2026-03-02-start.html"));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("sv", english.QuerySelector("h1")!.GetAttribute("lang"));
        var switcher = english.QuerySelectorAll("nav.languages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../updates/2026-03-02-start.html", "2026-03-02-start.html", "../../ar/updates/2026-03-02-start.html"], switcher);
        Assert.Equal("rtl", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await serve.Http.GetStringAsync("ar/index.html")).DocumentElement.GetAttribute("dir"));

        site.Write("content/updates/2026-03-02-start.en.md", "---\ntitle: \"Start in English\"\n---\nText.\n");
        await ServeRun.Eventually(async () => (await serve.Http.GetStringAsync("en/updates/2026-03-02-start.html")).Contains("<h1>Start in English</h1>", StringComparison.Ordinal), "the translation to be shown");
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task A_page_over_the_budget_is_warned_about_once_serve_has_checked_every_page()
    {
        using var site = SiteWithAPageOverItsBudget();
        await using var serve = await ServeRun.StartAsync(site.Directory);

        // The rebuild is shown before every page is made; the page budget, which weighs them all, follows.
        Assert.Contains("checking them all in the background", serve.Stdout, StringComparison.Ordinal);
        await ServeRun.Eventually(() => Task.FromResult(serve.Stdout.Contains("Checked all ", StringComparison.Ordinal)), "every page to be checked");
        Assert.Matches(@"Checked all \d+ pages in \d+ ms: \d+ warnings? in all", serve.Stdout);
        Assert.Matches(@"updates/2026-03-03-lang\.html: warning SC3002: the page weighs \d+\.\d KB gzip, over the budget of 4 KB", serve.Stderr);
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task A_page_whose_template_throws_is_an_error_page_and_serve_goes_on()
    {
        using var site = new TestSite(Site.Replace("title: \"Testkommun\"", "theme: egen\ntitle: \"Testkommun\"", StringComparison.Ordinal));
        site.CopyBuiltInTheme("egen");
        const string template = "themes/egen/templates/update.cshtml";
        const string breaks = "@if (update.Title == \"Start\") { throw new InvalidOperationException(\"mallen gick sönder\"); }\n";
        var original = File.ReadAllText(Path.Combine(site.Directory, template));
        var line = original[..original.IndexOf("<article", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        site.Write(template, original.Replace("<article", breaks + "<article", StringComparison.Ordinal));
        await using var serve = await ServeRun.StartAsync(site.Directory);

        var broken = await serve.Http.GetAsync("updates/2026-03-02-start.html");
        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await broken.Content.ReadAsStringAsync());
        // The located error a build gives: the template's own line, the page, and what it threw; no stack trace.
        Assert.Equal($"themes/egen/templates/update.cshtml({line},1): error SC2003: the template failed while rendering: making updates/2026-03-02-start.html: mallen gick sönder", page.QuerySelector("li")!.TextContent);
        Assert.NotNull(page.QuerySelector("script[data-staticcrisis-preview]"));
        Assert.Equal(HttpStatusCode.InternalServerError, (await serve.Http.GetAsync("updates/2026-03-02-start.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Http.GetAsync("index.html")).StatusCode);

        // Told once in the terminal, however often it is asked for, and counted when every page has been checked.
        await ServeRun.Eventually(() => Task.FromResult(serve.Stdout.Contains("Checked all ", StringComparison.Ordinal)), "every page to be checked");
        Assert.Contains(": 1 could not be made, ", serve.Stdout, StringComparison.Ordinal);
        Assert.Single(serve.Stderr.Split('\n'), line => line.Contains("error SC2003", StringComparison.Ordinal));
        Assert.Contains("making updates/2026-03-02-start.html: mallen gick sönder", serve.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", serve.Stderr, StringComparison.Ordinal);

        site.Write(template, File.ReadAllText(Path.Combine(site.Directory, template)).Replace(breaks, "", StringComparison.Ordinal));
        await ServeRun.Eventually(async () => (await serve.Http.GetAsync("updates/2026-03-02-start.html")).StatusCode == HttpStatusCode.OK, "the fixed page");
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task A_failed_rebuild_does_not_stop_serve_warning_about_the_build_it_still_shows()
    {
        using var site = SiteWithAPageOverItsBudget();
        // Enough pages that the background pass is still at work when the next save comes.
        for (var i = 0; i < 300; i++)
            site.Write($"content/updates/2026-02-{1 + (i % 28):00}-u{i}.md", $"---\ntitle: Uppdatering {i}\ndate: 2026-02-{1 + (i % 28):00}\n---\nText {i}.\n");
        var printedTo = new StringWriter();
        using var preview = new PreviewSession(new BuildRequest { SiteDirectory = site.Directory }, new TerminalPreviewReporter(TextWriter.Null, TextWriter.Synchronized(printedTo), strict: false, UiLanguage.English), () => TestSite.Now);

        Assert.NotNull(preview.Build().Files);
        // A mistake saved at once: this build fails, the last good one stays shown, and its check goes on to the end.
        site.Write(Update, File.ReadAllText(Path.Combine(site.Directory, Update)).Replace("title: \"Start\"", "title: \"Start\"\nseverity: extreme", StringComparison.Ordinal));
        Assert.NotEmpty(preview.Build().Problems);
        await preview.Checked;

        var printed = printedTo.ToString();
        Assert.Contains("error SC1004", printed, StringComparison.Ordinal);
        Assert.Matches(@"updates/2026-03-03-lang\.html: warning SC3002: the page weighs", printed);
    }

    /// <summary>A site whose budget is 4 KB and one update, updates/2026-03-03-lang.html, far over it (words that do not compress).</summary>
    private static TestSite SiteWithAPageOverItsBudget()
    {
        var site = new TestSite(Site.Replace("-- " + Update, "pageBudgetKb: 4\n-- " + Update, StringComparison.Ordinal));
        var random = new Random(7);
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(_ => (char)('a' + random.Next(26)) + random.Next(100000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        site.Write("content/updates/2026-03-03-lang.md", $"---\ntitle: Lång\ndate: 2026-03-03\n---\nKort början.\n\n{words}\n");
        return site;
    }

    [Fact]
    public void The_reload_hook_is_only_in_responses_never_in_built_files()
    {
        using var site = new TestSite(Site);
        using var preview = new PreviewSession(new BuildRequest { SiteDirectory = site.Directory }, new TerminalPreviewReporter(TextWriter.Null, TextWriter.Null, strict: false, UiLanguage.English), () => TestSite.Now);
        var state = preview.Build();
        Assert.True(site.Build().Succeeded);

        Assert.Equal(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count() - 1, state.Files!.Count); // all but the .staticcrisis marker
        foreach (var file in state.Files.Values.Where(file => file.Content is not null))
            Assert.DoesNotContain("__staticcrisis", System.Text.Encoding.UTF8.GetString(file.Content!), StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("__staticcrisis", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_stops_a_real_serve_process_cleanly()
    {
        if (OperatingSystem.IsWindows())
            return; // no SIGINT to send from a test there
        using var site = new TestSite(Site);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "staticcrisis.dll"), "serve", site.Directory, "--port", "0" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (stdout) stdout.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ServeRun.Eventually(() => { lock (stdout) return Task.FromResult(stdout.ToString().Contains("Serving ", StringComparison.Ordinal)); }, "serve to start");
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(ServeRun.Patience);
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        Assert.Equal(0, process.ExitCode);
        lock (stdout)
            Assert.Contains("Stopped.", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_a_plain_error()
    {
        using var site = new TestSite(Site);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await Task.Run(() => CliRun.Run("serve", site.Directory, "--port", port));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use; choose another with --port", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bind", "everywhere")]
    [InlineData("--port", "70000")]
    public void Bad_addresses_are_wrong_usage(string option, string value)
    {
        using var site = new TestSite(Site);
        Assert.Equal(2, CliRun.Run("serve", site.Directory, option, value).ExitCode);
    }

    private static async Task AssertContentType(ServeRun serve, string path, string expected)
    {
        var response = await serve.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.ToString());
    }

    /// <summary>The Server-Sent Events stream an open tab listens to: the build version after each build.</summary>
    private sealed class BuildEvents : IDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private BuildEvents(HttpResponseMessage response, StreamReader reader)
        {
            _response = response;
            _reader = reader;
        }

        public static async Task<BuildEvents> OpenAsync(ServeRun serve)
        {
            var response = await serve.Http.GetAsync(ReloadHook.EventsPath, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            return new BuildEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        public async Task<int> NextAsync()
        {
            using var timeout = new CancellationTokenSource(ServeRun.Patience);
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                    return int.Parse(line[6..], System.Globalization.CultureInfo.InvariantCulture);
            }
            throw new InvalidOperationException("the event stream ended");
        }

        public void Dispose()
        {
            _reader.Dispose();
            _response.Dispose();
        }
    }
}
