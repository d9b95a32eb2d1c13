using StaticCrisis.Core.Desk;
using StaticCrisis.Core.Features.Review;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// 'review:' in site.yml and publish: nothing unapproved goes out unless forced with a reason; an approval counts only
/// for the exact text, by a reviewer's own key, and never by the person who sent it; the mirror stays as it was.
/// </summary>
public sealed class ReviewTests : IDisposable
{
    private readonly TempFolder _drive = new();
    private readonly MinisignSecretKey _anna = MinisignSecretKey.Generate();
    private readonly MinisignSecretKey _stranger = MinisignSecretKey.Generate();

    private string Mirror => _drive.Combine("krisinfo");

    private TestSite Site() => new($$"""
        -- site.yml --
        {{TestSite.MinimalConfig}}
        review:
          reviewers:
            - { name: "Anna Berg", publicKey: "{{_anna.PublicKey.ToBase64()}}" }
        mirrors:
          - { name: usb, url: "{{new Uri(Mirror + "/").AbsoluteUri}}" }
        -- content/updates/2026-03-02-vatten.md --
        ---
        title: "Vattnet är avstängt"
        date: 2026-03-02T08:00
        ---
        Ring 0999-123 00.
        """);

    private const string Update = "content/updates/2026-03-02-vatten.md";

    [Fact]
    public void Publish_refuses_an_update_no_second_person_approved_and_leaves_the_mirror_alone()
    {
        using var site = Site();
        var run = CliRun.Run("publish", site.Directory);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Update}: error SC3011: this update has changed since a second person last approved it", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Mirror) && Directory.EnumerateFileSystemEntries(Mirror).Any());
    }

    [Fact]
    public void An_approval_by_a_reviewer_key_lets_exactly_that_text_out()
    {
        using var site = Site();
        using var desk = new DeskSession(site.Directory, () => TestSite.Now);
        var config = desk.Config(new DiagnosticBag())!;
        desk.SendForReview(Update, "Sam");
        var problems = new DiagnosticBag();
        Assert.NotNull(desk.Approve(Update, _anna, config, problems));
        Assert.Equal(ReviewState.Approved, desk.ReviewOf(Update, config)!.State);
        Assert.Equal(0, CliRun.Run("publish", site.Directory).ExitCode);
        Assert.True(File.Exists(Path.Combine(Mirror, "updates", "2026-03-02-vatten.html")));
        // The site says so, and review.json carries the signed statement, which the reviewer's public key verifies.
        Assert.Equal("1 av 1 meddelanden på webbplatsen godkändes av en andra person innan de publicerades.",
            new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Mirror, "about.html"))).QuerySelector("#review + p")!.TextContent);
        var entry = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Mirror, "review.json")))!["updates"]![0]!;
        Assert.Equal("approved", entry["state"]!.GetValue<string>());
        var signature = MinisignSignature.Parse(entry["signature"]!.GetValue<string>())!;
        Assert.Equal(SignatureCheck.Valid, signature.Verify(_anna.PublicKey, System.Text.Encoding.UTF8.GetBytes(entry["statement"]!.GetValue<string>())));
        Assert.Contains("review.json", File.ReadAllText(Path.Combine(Mirror, "SHA256SUMS")), StringComparison.Ordinal);
        // A statement edited after signing is no approval to verify.
        var forged = File.ReadAllText(Path.Combine(Mirror, "review.json")).Replace("by: Anna Berg", "by: Anna Bergh", StringComparison.Ordinal);
        Assert.Equal(0, ReviewAttestation.Parse(System.Text.Encoding.UTF8.GetBytes(forged))!.Approved);
        using (var server = new StaticFileServer(Mirror))
        {
            var verify = CliRun.Run("verify", server.BaseUrl);
            Assert.Contains("Review: 1 of 1 updates approved by a second person", verify.Stdout, StringComparison.Ordinal);
        }

        // One character changed after the approval: out of review again.
        File.AppendAllText(Path.Combine(site.Directory, Update), "Eller 0999-123 01.\n");
        Assert.Equal(ReviewState.Unreviewed, desk.ReviewOf(Update, config)!.State);
        Assert.Contains("SC3011", CliRun.Run("publish", site.Directory).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approval_with_a_forged_hash_a_stranger_key_or_by_the_sender_counts_for_nothing()
    {
        using var site = Site();
        using var desk = new DeskSession(site.Directory, () => TestSite.Now);
        var config = desk.Config(new DiagnosticBag())!;

        var problems = new DiagnosticBag();
        Assert.Null(desk.Approve(Update, _stranger, config, problems));
        Assert.Equal("SC3013", Assert.Single(problems.Items).Code);

        desk.SendForReview(Update, "Anna Berg");
        problems = new DiagnosticBag();
        Assert.Null(desk.Approve(Update, _anna, config, problems));
        Assert.Equal("SC3012", Assert.Single(problems.Items).Code);

        // A record edited by hand to name another text: its signature no longer holds.
        var records = new ReviewRecords(site.Directory);
        File.Delete(Path.Combine(site.Directory, "review", "2026-03-02-vatten.md.request.json"));
        records.Approve(Update, "---\ntitle: annat\n---\n", config.Review!.Reviewers[0], _anna, TestSite.Now);
        var path = Path.Combine(site.Directory, "review", "2026-03-02-vatten.md.approval.json");
        var approval = records.ApprovalOf(Update)!;
        File.WriteAllText(path, File.ReadAllText(path).Replace(approval.Sha256, ReviewRecords.Hash(File.ReadAllText(Path.Combine(site.Directory, Update))), StringComparison.Ordinal));
        Assert.Equal(ReviewState.Unreviewed, desk.ReviewOf(Update, config)!.State);
        Assert.Contains("SC3011", CliRun.Run("publish", site.Directory).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forced_publish_is_recorded_with_its_reason_and_stays_not_yet_reviewed()
    {
        using var site = Site();
        var run = CliRun.Run("publish", site.Directory, "--force-without-review", "Anna is ill");
        Assert.Equal(0, run.ExitCode);
        var forced = new ReviewRecords(site.Directory).ForcedOf(Update)!;
        Assert.Equal("Anna is ill", forced.Reason);
        using var desk = new DeskSession(site.Directory, () => TestSite.Now);
        Assert.Equal(ReviewState.Forced, desk.ReviewOf(Update, desk.Config(new DiagnosticBag())!)!.State);
        // The next publish of the same text goes out, still marked, on the about page and in review.json.
        Assert.Equal(0, CliRun.Run("publish", site.Directory).ExitCode);
        var about = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Mirror, "about.html")));
        Assert.Equal("0 av 1 meddelanden på webbplatsen godkändes av en andra person innan de publicerades.", about.QuerySelector("#review + p")!.TextContent);
        Assert.Equal("Vattnet är avstängt (Anna is ill)", about.QuerySelector("ul.not-reviewed li")!.TextContent);
        Assert.Contains("\"reason\": \"Anna is ill\"", File.ReadAllText(Path.Combine(Mirror, "review.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_block_without_reviewers_or_with_a_wrong_key_is_a_located_error()
    {
        using var site = new TestSite($$"""
            -- site.yml --
            {{TestSite.MinimalConfig}}
            review:
              reviewers:
                - { name: "Anna Berg", publicKey: "inte en nyckel" }
            """);
        var lines = TestSite.Lines(site.Build());
        Assert.Contains(lines, line => line.StartsWith("site.yml(", StringComparison.Ordinal) && line.Contains("error SC0085: the publicKey of reviewer \"Anna Berg\" is not a minisign public key", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("error SC0086:", StringComparison.Ordinal));
    }

    public void Dispose() => _drive.Dispose();
}
