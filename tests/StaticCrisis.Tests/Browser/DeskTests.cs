using System.Globalization;
using System.Net;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticCrisis.Cli.Desk;
using StaticCrisis.Core.Desk;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Browser;

/// <summary>
/// The desk in real Chromium: a writer makes an update from a template, fixes the error shown beside its field, sends it
/// for review; a second person, at a desk of their own with their own key, approves it; the writer publishes to a folder
/// mirror. The files, the built site and the mirror are what the command line gives for the same edits. Then a publish
/// forced without review is recorded and shown, and a hand-written file saved from the desk keeps every byte.
/// </summary>
[Collection("browser")]
public sealed class DeskTests : IClassFixture<BrowserFixture>, IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly BrowserFixture _browser;
    private readonly TempFolder _drive = new();
    private readonly MinisignSecretKey _anna = MinisignSecretKey.Generate();
    private TestSite _site = null!;
    private DeskSession _writerDesk = null!;
    private DeskSession _reviewerDesk = null!;
    private DeskServer _writer = null!;
    private DeskServer _reviewer = null!;

    public DeskTests(BrowserFixture browser) => _browser = browser;

    private string Mirror => _drive.Combine("krisinfo");

    /// <summary>Where the README's screenshots are: written when STATICCRISIS_WRITE_SCREENSHOTS=1, else into artifacts/ only.</summary>
    private static string Screenshot(string name) =>
        Environment.GetEnvironmentVariable("STATICCRISIS_WRITE_SCREENSHOTS") == "1"
            ? Path.Combine(Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "docs", "desk")).FullName, name)
            : Path.Combine(Directory.CreateDirectory(Path.Combine(BrowserFixture.Artifacts, "desk")).FullName, name);

    private string SiteText(bool withMirror = true) => $$"""
        -- site.yml --
        title: "Testkommun"
        baseUrl: "https://kris.example.org/info/"
        services:
          - { id: vatten, name: "Dricksvatten" }
        accessibility:
          organisation: "Testkommun"
          compliance: full
          assessed: 2026-03-01
          method: self-assessment
          email: "tillganglighet@kris.example.org"
        review:
          required: true
          reviewers:
            - { name: "Anna Berg", publicKey: "{{_anna.PublicKey.ToBase64()}}" }
        {{(withMirror ? $"mirrors:\n  - {{ name: usb, url: \"{new Uri(Mirror + "/").AbsoluteUri}\" }}" : "")}}
        -- templates/vatten.md --
        ---
        title: "[FYLL I: rubrik]"
        date: "[FYLL I: datum och tid]"
        summary: "[FYLL I: vilka gator]"
        severity: warning
        services: { vatten: down }
        ---
        Vattnet är avstängt. Ring växeln på 0999-123 00 om du har frågor.
        """;

    public async Task InitializeAsync()
    {
        _site = new TestSite(SiteText());
        _writerDesk = new DeskSession(_site.Directory, () => Now);
        _reviewerDesk = new DeskSession(_site.Directory, () => Now);
        _writer = await DeskServer.StartAsync(IPAddress.Loopback, 0, _writerDesk, new DeskIdentity("Sam Skribent", null), UiLanguage.English, CancellationToken.None);
        _reviewer = await DeskServer.StartAsync(IPAddress.Loopback, 0, _reviewerDesk, new DeskIdentity("Anna Berg", _anna), UiLanguage.English, CancellationToken.None);
    }

    private async Task<IPage> OpenAsync(DeskServer desk, int width = 1280, int height = 720)
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.Request += (_, request) => Assert.StartsWith("http://127.0.0.1:", request.Url, StringComparison.Ordinal);
        await page.GotoAsync(desk.Address.AbsoluteUri);
        return page;
    }

    private static async Task NoAxeViolations(IPage page)
    {
        // Not into the preview: it is a resident's page, which runs no script (sandboxed), and BrowserTests checks those pages.
        var axe = await page.RunAxe(new AxeRunOptions { Iframes = false, RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(violation => $"{violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(node => node.Html))})")));
    }

    [SkippableFact]
    public async Task A_writer_and_a_reviewer_take_an_update_from_template_to_the_mirror_as_the_command_line_would()
    {
        var writer = await OpenAsync(_writer);
        await NoAxeViolations(writer);

        // 1. From the template, as `new --from-template` makes it: a draft with blanks to fill.
        await writer.GetByLabel("Title", new() { Exact = true }).FillAsync("Vattnet är avstängt i Norrby");
        await writer.GetByLabel("From template").SelectOptionAsync("vatten");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await writer.WaitForURLAsync("**/edit?path=*");
        var path = Uri.UnescapeDataString(new Uri(writer.Url).Query["?path=".Length..]);
        Assert.Equal("content/updates/2026-03-02-vattnet-ar-avstangt-i-norrby.md", path);

        // 2. Not a draft any more: the build's own check shows the blank beside the summary, as the writer types.
        await writer.GetByLabel("Draft (not published)").UncheckAsync();
        var summaryProblems = writer.Locator("#problems-summary li");
        await Assertions.Expect(summaryProblems).ToContainTextAsync("SC1030");
        Assert.Equal("true", await writer.Locator("#f-summary").GetAttributeAsync("aria-invalid"));
        await writer.ScreenshotAsync(new() { Path = Screenshot("error-beside-field.png"), FullPage = false });
        await NoAxeViolations(writer);
        await writer.GetByLabel("Summary").FillAsync("Storgatan och Lillgatan");
        await Assertions.Expect(summaryProblems).ToHaveCountAsync(0);
        await Assertions.Expect(writer.Locator("#page-gauge")).ToContainTextAsync("KB of the budget's 14 KB");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(writer.Locator("#notice")).ToHaveTextAsync("Saved.");

        // 3. Sent for review; a publish now is refused: nobody else has looked.
        await writer.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await Assertions.Expect(writer.Locator("#review-state")).ToContainTextAsync("Sent for review");

        // 4. The reviewer, at their own desk with their own key, sees what changed, statuses first, and approves.
        var reviewer = await OpenAsync(_reviewer);
        await Assertions.Expect(reviewer.Locator("td.review-requested")).ToHaveCountAsync(1);
        await reviewer.GotoAsync(new Uri(_reviewer.Address, "/review?path=" + Uri.EscapeDataString(path)).AbsoluteUri);
        await Assertions.Expect(reviewer.Locator("table.fields tr.critical").First).ToContainTextAsync("vatten");
        await Assertions.Expect(reviewer.Locator("pre.diff ins.phone")).ToHaveCountAsync(1);
        await reviewer.ScreenshotAsync(new() { Path = Screenshot("review.png"), FullPage = false });
        await NoAxeViolations(reviewer);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve this version" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#notice")).ToHaveTextAsync("Approved.");
        await Assertions.Expect(reviewer.Locator("#review-state")).ToContainTextAsync("Approved");

        // 5. The writer publishes: the plan first, then the result, with the terminal's messages.
        await writer.GotoAsync(new Uri(_writer.Address, "/publish").AbsoluteUri);
        await Assertions.Expect(writer.Locator("#plan")).ToContainTextAsync("usb");
        await NoAxeViolations(writer);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await Assertions.Expect(writer.Locator("#result")).ToContainTextAsync("Published to 1 mirror.");
        await writer.ScreenshotAsync(new() { Path = Screenshot("published.png"), FullPage = false });

        // What a writer at the command line gets for the same edits: the same file, the same site, byte for byte.
        using var cli = new TestSite(SiteText(withMirror: false));
        var environment = new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8", ["SOURCE_DATE_EPOCH"] = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
        Assert.Equal(0, CliProcess.Run(environment, "new", "Vattnet är avstängt i Norrby", "--from-template", "vatten", cli.Directory).ExitCode);
        var byHand = File.ReadAllText(Path.Combine(cli.Directory, path)).Replace("draft: true\n", "", StringComparison.Ordinal).Replace("[FYLL I: vilka gator]", "Storgatan och Lillgatan", StringComparison.Ordinal);
        Assert.Equal(byHand, File.ReadAllText(Path.Combine(_site.Directory, path)));
        File.WriteAllText(Path.Combine(cli.Directory, path), byHand);
        // The same review records, as a shared folder or a git repository would give the writer at the command line.
        foreach (var record in Directory.EnumerateFiles(Path.Combine(_site.Directory, "review")))
            File.Copy(record, Path.Combine(Directory.CreateDirectory(Path.Combine(cli.Directory, "review")).FullName, Path.GetFileName(record)));
        Assert.Equal(0, CliProcess.Run(environment, "build", cli.Directory).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(cli.Output, "SHA256SUMS")), File.ReadAllText(Path.Combine(Mirror, "SHA256SUMS")));
        Assert.True(File.Exists(Path.Combine(Mirror, "updates", "2026-03-02-vattnet-ar-avstangt-i-norrby.html")));

        // 6. A change nobody approved: publish refuses it, until it is forced with a reason, which is recorded and shown.
        await writer.GotoAsync(new Uri(_writer.Address, "/edit?path=" + Uri.EscapeDataString(path)).AbsoluteUri);
        await writer.GetByLabel("Summary").FillAsync("Storgatan, Lillgatan och Torget");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(writer.Locator("#notice")).ToHaveTextAsync("Saved.");
        await writer.GotoAsync(new Uri(_writer.Address, "/publish").AbsoluteUri);
        await Assertions.Expect(writer.Locator("#plan")).ToContainTextAsync("SC3011");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await Assertions.Expect(writer.Locator("#result")).ToContainTextAsync("SC3011");
        await writer.GetByLabel("Reason to publish without review (recorded; the updates stay marked not yet reviewed)").FillAsync("Anna is unreachable; the street list is urgent");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await Assertions.Expect(writer.Locator("#result")).ToContainTextAsync("Published to 1 mirror.");
        var forced = File.ReadAllText(Path.Combine(_site.Directory, "review", "2026-03-02-vattnet-ar-avstangt-i-norrby.md.forced.json"));
        Assert.Contains("\"Reason\": \"Anna is unreachable; the street list is urgent\"", forced, StringComparison.Ordinal);
        Assert.Contains("\"By\": \"Sam Skribent\"", forced, StringComparison.Ordinal);
        await writer.GotoAsync(new Uri(_writer.Address, "/updates").AbsoluteUri);
        await Assertions.Expect(writer.Locator("td.review-forced")).ToHaveTextAsync("Published without review: not yet reviewed");
        await writer.ScreenshotAsync(new() { Path = Screenshot("updates.png"), FullPage = false });
        await NoAxeViolations(writer);

        // On a tablet, the form still fits and works.
        var tablet = await OpenAsync(_writer, 768, 1024);
        await tablet.GotoAsync(new Uri(_writer.Address, "/edit?path=" + Uri.EscapeDataString(path)).AbsoluteUri);
        Assert.True(await tablet.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await NoAxeViolations(tablet);
    }

    [SkippableFact]
    public async Task A_hand_written_file_saved_from_the_desk_keeps_every_byte_it_did_not_change()
    {
        const string HandWritten = "---\n# Skrivet för hand\ntitle: 'Vattnet: koka det'   # rubrik\ndate: 2026-03-02T08:00\nx-ärende: 4711\nservices:\n  vatten: degraded\n---\nKoka vattnet.\n";
        _site.Write("content/updates/2026-03-02-koka.md", HandWritten);
        var page = await OpenAsync(_writer);
        await page.GotoAsync(new Uri(_writer.Address, "/edit?path=" + Uri.EscapeDataString("content/updates/2026-03-02-koka.md")).AbsoluteUri);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync("Saved.");
        Assert.Equal(HandWritten, File.ReadAllText(Path.Combine(_site.Directory, "content/updates/2026-03-02-koka.md")));

        // One field changed: that line alone.
        await page.GetByLabel("Dricksvatten").SelectOptionAsync("operational");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync("Saved.");
        Assert.Equal(HandWritten.Replace("services:\n  vatten: degraded\n", "services: { vatten: operational }\n", StringComparison.Ordinal),
            File.ReadAllText(Path.Combine(_site.Directory, "content/updates/2026-03-02-koka.md")));
    }

    [SkippableFact]
    public async Task Nothing_answers_without_the_desk_key_or_to_a_foreign_host()
    {
        using var http = new HttpClient();
        var list = await http.GetAsync(new Uri(_writer.Address, "/updates"));
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(_writer.Address, "/save?path=content%2Fupdates%2Fx.md")) { Content = new FormUrlEncodedContent([new("title", "x")]) };
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(post)).StatusCode);
        using var rebinding = new HttpRequestMessage(HttpMethod.Get, _writer.Address);
        rebinding.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await http.SendAsync(rebinding)).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _reviewer.DisposeAsync();
    }

    public void Dispose()
    {
        _writerDesk.Dispose();
        _reviewerDesk.Dispose();
        _site.Dispose();
        _drive.Dispose();
    }
}
