using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;
using StaticCrisis.Tests.Properties;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Browser;

/// <summary>
/// Every vector of the collected XSS corpora (Cases/xss, with their provenance) in every place a writer or a site.yml can
/// put text: bodies, titles, summaries, service names and advice, the site's title and description, contact and help
/// labels. The built site is opened page by page in Chromium with script allowed, and no script may run; no feed item
/// may carry live markup.
/// </summary>
[Collection("browser")]
public sealed class XssCorpusTests : IAsyncLifetime, IDisposable
{
    private static readonly string CorpusFolder = Path.Combine(RepoPaths.Root, "tests", "StaticCrisis.Tests", "Cases", "xss");

    private readonly TempFolder _folder = new();
    private StaticFileServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    private string Site => _folder.Combine("site");

    private string Output => _folder.Combine("site", "public");

    public static IReadOnlyList<string> Vectors { get; } = [.. Directory.EnumerateFiles(CorpusFolder, "*.json").Order(StringComparer.Ordinal)
        .SelectMany(file => JsonSerializer.Deserialize<string[]>(File.ReadAllText(file))!)];

    private static string Quoted(string text) => JsonSerializer.Serialize(text); // a JSON string is a YAML double-quoted one

    public async Task InitializeAsync()
    {
        var v = Vectors;
        string At(int i) => Quoted(v[i % v.Count]);
        Directory.CreateDirectory(Path.Combine(Site, "content", "updates"));
        File.WriteAllText(Path.Combine(Site, "site.yml"), $"""
            title: {At(1)}
            description: {At(2)}
            baseUrl: "https://kris.example.org/info/"
            contact:
              - {"{"} label: {At(3)}, phone: "0999-123 00" {"}"}
              - {"{"} label: {At(4)}, email: "kris@example.org" {"}"}
            helpNumbers:
              - {"{"} label: {At(5)}, number: "113 13", text: {At(6)} {"}"}
            services:
              - {"{"} id: epost, name: {At(7)}, advice: {At(8)} {"}"}
              - {"{"} id: lon, name: {At(9)}, advice: {At(10)} {"}"}
            accessibility:
              organisation: {At(11)}
              compliance: full
              assessed: 2026-03-01
              method: self-assessment
              email: "tillganglighet@kris.example.org"
            """);
        const int PerUpdate = 16;
        for (var start = 0; start < v.Count; start += PerUpdate)
        {
            var body = string.Join("\n\n", v.Skip(start).Take(PerUpdate));
            var day = start / PerUpdate % 28 + 1;
            File.WriteAllText(Path.Combine(Site, "content", "updates", $"2026-03-{day:00}-x{start}.md"), $"""
                ---
                title: {At(start)}
                summary: {At(start + 1)}
                date: 2026-03-{day:00}T{start / PerUpdate / 28 + 8:00}:00:00+01:00
                services: {"{"} epost: down {"}"}
                tags: [{At(start + 2)}]
                pinned: {(start == 0 ? "true" : "false")}
                ---
                {body}
                """);
        }
        var result = StaticCrisis.Core.Build.SiteBuilder.Build(new StaticCrisis.Core.Build.BuildRequest { SiteDirectory = Site, Now = TestSite.Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        _server = new StaticFileServer(Output);

        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"Chromium not found at {BrowserFixture.ChromiumPath}: bash .ci/run installs it.");
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    private IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(Output, path).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public void The_corpus_is_all_there()
    {
        Assert.True(Vectors.Count >= 300, $"only {Vectors.Count} vectors");
    }

    [Fact]
    public void No_page_has_an_element_attribute_or_address_that_can_run_script()
    {
        foreach (var page in Pages())
        {
            var problems = SafeOutput.ProblemsInPage(File.ReadAllText(Path.Combine(Output, page)));
            Assert.True(problems.Count == 0, $"{page}: {string.Join(", ", problems)}");
        }
    }

    [Fact]
    public void No_feed_item_carries_live_markup()
    {
        var rss = XDocument.Load(Path.Combine(Output, "feed.xml"));
        foreach (var description in rss.Descendants("description"))
            Assert.Empty(SafeOutput.ElementsInFeedHtml(description.Value));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(Output, "feed.atom"));
        foreach (var content in feed.Descendants(atom + "content"))
            Assert.Empty(SafeOutput.ProblemsInFragment(content.Value));
        Assert.All(feed.Descendants(atom + "title").Concat(feed.Descendants(atom + "summary")), text => Assert.Equal("text", text.Attribute("type")?.Value));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "feed.json")));
        foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            Assert.Empty(SafeOutput.ProblemsInFragment(item.GetProperty("content_html").GetString()!));
    }

    [Fact]
    public async Task No_script_runs_on_any_page_in_chromium()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true });
        // Anything a vector could call to show it ran, recorded before the page's own parsing starts.
        await context.AddInitScriptAsync("""
            window.__ran = [];
            for (const name of ['alert', 'confirm', 'prompt', 'print', 'open'])
              window[name] = function (...args) { window.__ran.push(name + ':' + String(args[0]).slice(0, 80)); };
            window.addEventListener('securitypolicyviolation', e => window.__ran.push('csp:' + e.blockedURI));
            """);
        var outside = new List<string>();
        var dialogs = new List<string>();
        foreach (var path in Pages())
        {
            var page = await context.NewPageAsync();
            page.Dialog += (_, dialog) => { dialogs.Add($"{path}: {dialog.Message}"); _ = dialog.DismissAsync(); };
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                    outside.Add($"{path}: {request.Url}");
            };
            await page.GotoAsync(_server.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForTimeoutAsync(50);
            var ran = await page.EvaluateAsync<string[]>("() => window.__ran ?? ['the init script did not run']");
            var live = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
                  .filter(a => /^on/i.test(a.name) || (/^(href|src|action|formaction)$/i.test(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value)))
                  .map(a => e.localName + ' ' + a.name))
                  .concat([...document.scripts].filter(s => s.type !== 'application/ld+json').map(s => 'script'))
                """);
            Assert.True(ran.Length == 0, $"{path}: script ran: {string.Join(", ", ran)}");
            Assert.True(live.Length == 0, $"{path}: live script in the DOM: {string.Join(", ", live)}");
            await page.CloseAsync();
        }
        Assert.Empty(dialogs);
        Assert.Empty(outside);
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        Dispose();
    }

    public void Dispose()
    {
        _playwright?.Dispose();
        _server?.Dispose();
        _folder.Dispose();
    }
}
