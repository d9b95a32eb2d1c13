using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using StaticCrisis.Cli.Serving;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Preview;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// serve rebuilds with a <see cref="BuildCache"/> and makes each page when it is first asked for: after every kind of edit,
/// every file it serves is byte for byte what a fresh `build` of the same files writes, the problems it prints (at the
/// rebuild and after its background pass) are the build's, and only what the edit touched was parsed and rendered again.
/// </summary>
public partial class IncrementalBuildTests
{
    private const string A = "content/updates/2026-03-02-a.md";
    private const string B = "content/updates/2026-03-03-b.md";
    private const string C = "content/updates/2026-03-04-c.md";
    private const string D = "content/updates/2026-03-05-d.md";

    private const string Site = $$"""
        -- site.yml --
        {{TestSite.MinimalConfig}}
        -- {{A}} --
        ---
        title: "Alfa"
        date: 2026-03-02T08:00:00+01:00
        services: { epost: down }
        ---
        Se [beta](2026-03-03-b.md), [delta](2026-03-05-d.md) och [beslutet](../files/beslut.pdf).
        -- {{B}} --
        ---
        title: "Beta"
        date: 2026-03-03T08:00:00+01:00
        ---
        Läs [rubriken hos gamma](2026-03-04-c.md#rubrik).
        -- {{C}} --
        ---
        title: "Gamma"
        date: 2026-03-04T08:00:00+01:00
        pinned: true
        ---
        Första texten.

        ## Rubrik
        -- content/files/beslut.pdf --
        %PDF-1.4
        """;

    [Fact]
    public async Task Every_kind_of_edit_serves_what_a_fresh_build_writes_and_redoes_only_what_it_touched()
    {
        using var site = new TestSite(Site);
        // A's page alone is over the budget: a warning only the background pass, which weighs every page, can give.
        var random = new Random(7);
        Edit(site, A, "(../files/beslut.pdf).", "(../files/beslut.pdf).\n\n" + string.Join(' ', Enumerable.Range(0, 3000).Select(_ => (char)('a' + random.Next(26)) + random.Next(100000).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Edit(site, "site.yml", "title:", "pageBudgetKb: 4\ntitle:");
        // Written long ago, as a site's files mostly are: unchanged ones are then known by size and time, without reading.
        foreach (var file in Directory.EnumerateFiles(site.Directory, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        await using var serve = await Preview.StartAsync(site);
        await serve.AssertSameAsFresh(parsed: 3, rendered: 3, "first build");
        Assert.Contains("updates/2026-03-02-a.html: warning SC3002:", serve.Stderr, StringComparison.Ordinal);

        Edit(site, C, "Första texten.", "Andra texten, längre än den första.");
        await serve.AssertSameAsFresh(parsed: 1, rendered: 1, "a changed body");

        // Same length, saved twice at once: files are compared by content, not by size and time.
        Edit(site, B, "title: \"Beta\"", "title: \"Bet1\"");
        Edit(site, B, "title: \"Bet1\"", "title: \"Bet2\"");
        await serve.AssertSameAsFresh(parsed: 1, rendered: 1, "a changed title (home, archive, neighbours, feeds)");

        // D is new, and the link to it in A that was broken now leads there: A is rendered again too.
        site.Write(D, """
            ---
            title: "Delta"
            date: 2026-03-05T08:00:00+01:00
            services: { lon: degraded }
            ---
            Tillbaka till [gamma](2026-03-04-c.md) och [bilagan](../files/bilaga.pdf).
            """);
        await serve.AssertSameAsFresh(parsed: 1, rendered: 2, "an added update");

        File.Delete(Path.Combine(site.Directory, B));
        await serve.AssertSameAsFresh(parsed: 0, rendered: 1, "a deleted update (A links to it)");

        Edit(site, C, "pinned: true", "pinned: true\nslug: gamma");
        await serve.AssertSameAsFresh(parsed: 1, rendered: 2, "a new slug (D links to it)");

        site.Write("content/files/bilaga.pdf", "%PDF-1.4\n");
        await serve.AssertSameAsFresh(parsed: 0, rendered: 1, "an added file (D links to it)");

        Edit(site, A, "date: 2026-03-02T08:00:00+01:00", "date: 2026-03-06T08:00:00+01:00");
        await serve.AssertSameAsFresh(parsed: 1, rendered: 1, "a new date (another order)");

        Edit(site, D, "lon: degraded", "lon: extreme");
        await serve.AssertSameAsFresh(parsed: 1, rendered: 0, "a mistake", fails: true);
        Edit(site, D, "lon: extreme", "lon: operational");
        await serve.AssertSameAsFresh(parsed: 1, rendered: 1, "the mistake fixed");

        Edit(site, "site.yml", "Testkommun", "Testkommunen");
        await serve.AssertSameAsFresh(parsed: 3, rendered: 3, "a changed site.yml");

        site.CopyBuiltInTheme("egen");
        Edit(site, "site.yml", "title:", "theme: egen\ntitle:");
        await serve.AssertSameAsFresh(parsed: 3, rendered: 3, "a theme of the site's own");
        Edit(site, "themes/egen/templates/update.cshtml", "</article>", "<p>Mallen ändrad.</p></article>");
        await serve.AssertSameAsFresh(parsed: 0, rendered: 0, "a changed template");
        Assert.Contains("Mallen ändrad.", site.ReadOutput("updates/2026-03-05-d.html"), StringComparison.Ordinal);
    }

    /// <summary>
    /// serve's builds and its server on a free loopback port, rebuilt when the test says rather than by the file watcher,
    /// with what it prints kept.
    /// </summary>
    private sealed partial class Preview : IAsyncDisposable
    {
        private readonly TestSite _site;
        private readonly PreviewSession _builds;
        private readonly PreviewServer _server;
        private readonly StringWriter _stderr;
        private readonly HttpClient _http;

        private Preview(TestSite site, PreviewSession builds, PreviewServer server, StringWriter stderr)
        {
            _site = site;
            _builds = builds;
            _server = server;
            _stderr = stderr;
            _http = new HttpClient { BaseAddress = server.Address, Timeout = ServeRun.Patience };
        }

        public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

        public static async Task<Preview> StartAsync(TestSite site)
        {
            var stderr = new StringWriter();
            var builds = new PreviewSession(new BuildRequest { SiteDirectory = site.Directory }, new TerminalPreviewReporter(TextWriter.Null, TextWriter.Synchronized(stderr), strict: false, UiLanguage.English), () => TestSite.Now);
            return new Preview(site, builds, await PreviewServer.StartAsync(IPAddress.Loopback, 0, builds, UiLanguage.English, CancellationToken.None), stderr);
        }

        /// <summary>
        /// Rebuilds as a save does, asks for every file twice at once while the background pass makes them too, waits for
        /// the pass, and compares the problems printed and every file with a fresh build onto disk.
        /// </summary>
        public async Task AssertSameAsFresh(int parsed, int rendered, string edit, bool fails = false)
        {
            var printedBefore = Stderr.Length;
            var state = _builds.Build();
            var paths = state.Files!.Keys.Order(StringComparer.Ordinal).ToList();
            var served = await Task.WhenAll(paths.Concat(paths).Select(GetAsync));
            await _builds.Checked;
            var printed = Stderr[printedBefore..].Split('\n').Select(line => line.TrimEnd('\r')).Where(line => DiagnosticLine().IsMatch(line));
            var fresh = _site.Build();

            Assert.Equal(TestSite.Lines(fresh).Order(StringComparer.Ordinal), printed.Order(StringComparer.Ordinal));
            Assert.True(fresh.Succeeded == !fails, $"{edit}: {string.Join("\n", TestSite.Lines(fresh))}");
            Assert.Equal(fresh.Succeeded, !state.HasProblems);
            Assert.True(parsed == _builds.Cache.Updates.Parsed, $"{edit}: parsed {_builds.Cache.Updates.Parsed} updates, expected {parsed}");
            Assert.True(rendered == _builds.Cache.Markdown.Rendered, $"{edit}: rendered {_builds.Cache.Markdown.Rendered} bodies, expected {rendered}");
            if (!fresh.Succeeded)
                return;
            var written = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(_site.Output, file).Replace('\\', '/'))
                .Where(path => path != ".staticcrisis");
            Assert.Equal(written.Order(StringComparer.Ordinal), paths);
            foreach (var (path, bytes) in paths.Concat(paths).Zip(served))
            {
                var expected = File.ReadAllBytes(Path.Combine(_site.Output, path));
                var actual = bytes;
                // Pages get the reload script and the panel as they are served, and only those. The panel of what the build
                // says grows when the background pass reports, which may be while these are served: it is compared apart.
                if (path.EndsWith(".html", StringComparison.Ordinal))
                {
                    expected = Encoding.UTF8.GetBytes(WithoutNotes(ReloadHook.Inject(Encoding.UTF8.GetString(expected), state)));
                    actual = Encoding.UTF8.GetBytes(WithoutNotes(Encoding.UTF8.GetString(bytes)));
                }
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"{edit}: {path} differs from a fresh build");
            }
        }

        private static string WithoutNotes(string html) =>
            System.Text.RegularExpressions.Regex.Replace(html, @"<details id=""staticcrisis-notes""[\s\S]*?</details>\n?", "");

        private async Task<byte[]> GetAsync(string path)
        {
            using var response = await _http.GetAsync(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            return await response.Content.ReadAsByteArrayAsync();
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await _server.DisposeAsync();
            _builds.Dispose();
        }

        [GeneratedRegex(@": (error|warning) SC\d{4}: ")]
        private static partial Regex DiagnosticLine();
    }

    private static void Edit(TestSite site, string path, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(site.Directory, path));
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
