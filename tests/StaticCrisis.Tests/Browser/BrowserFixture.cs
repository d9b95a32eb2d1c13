using Microsoft.Playwright;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Browser;

/// <summary>
/// The sample site built and served on 127.0.0.1 under /info/, and Debian's Chromium driven by Playwright.
/// No browser is downloaded: CHROMIUM_PATH or /usr/bin/chromium is used, installed by .ci/run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public StaticFileServer Server { get; private set; } = null!;

    /// <summary>The sample site with <c>language: ar</c>: right to left.</summary>
    public StaticFileServer ArabicServer { get; private set; } = null!;

    private SampleSiteCopy? _arabic;

    /// <summary>The sample site with <c>language: fa</c>: Persian, right to left, in the Persian culture's digits and words.</summary>
    public StaticFileServer PersianServer { get; private set; } = null!;

    private SampleSiteCopy? _persian;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string Output => _folder.Combine("public");

    /// <summary>Where screenshots and PDFs go, for people to look at: artifacts/browser in the repository.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("STATICCRISIS_ARTIFACTS") ?? Path.Combine(RepoPaths.Root, "artifacts", "browser")).FullName;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        var result = SiteBuilder.Build(new BuildRequest { SiteDirectory = RepoPaths.SampleSite, OutputDirectory = Output, Now = SampleSiteBuild.Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        Server = new StaticFileServer(Output);
        _arabic = new SampleSiteCopy(new Dictionary<string, string> { ["language"] = "ar" });
        var arabic = SiteBuilder.Build(new BuildRequest { SiteDirectory = _arabic.Directory, Now = SampleSiteBuild.Now });
        Assert.True(arabic.Succeeded, string.Join("\n", arabic.Diagnostics.Sorted()));
        ArabicServer = new StaticFileServer(_arabic.Output);
        _persian = new SampleSiteCopy(new Dictionary<string, string> { ["language"] = "fa" });
        var persian = SiteBuilder.Build(new BuildRequest { SiteDirectory = _persian.Directory, Now = SampleSiteBuild.Now });
        Assert.True(persian.Succeeded, string.Join("\n", persian.Diagnostics.Sorted()));
        PersianServer = new StaticFileServer(_persian.Output);

        Assert.True(File.Exists(ChromiumPath), $"Chromium not found at {ChromiumPath}: install Debian's chromium (bash .ci/run does) or set CHROMIUM_PATH.");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A page in a fresh context with the given viewport and colour scheme; every request it makes is recorded.</summary>
    public async Task<(IPage Page, List<string> Requests)> OpenAsync(string path, int width, int height, ColorScheme scheme = ColorScheme.Light, StaticFileServer? server = null, ForcedColors forcedColors = ForcedColors.None)
    {
        server ??= Server;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            ForcedColors = forcedColors,
            JavaScriptEnabled = true, // axe needs it; the site itself has none
        });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var response = await page.GotoAsync(server.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        return (page, requests);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        Playwright?.Dispose();
        Server?.Dispose();
        ArabicServer?.Dispose();
        PersianServer?.Dispose();
    }

    public void Dispose()
    {
        _arabic?.Dispose();
        _persian?.Dispose();
        _folder.Dispose();
    }
}
