using System.Text;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Publishing;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Publishing;

public sealed class PublishPlannerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>A built output folder holding these files and their SHA256SUMS, as a build writes it.</summary>
    private LocalCopy Built(IReadOnlyDictionary<string, string> files, string? signature = null)
    {
        var output = _folder.Combine(Guid.NewGuid().ToString("N"));
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(output, path))!);
            File.WriteAllText(Path.Combine(output, path), text);
        }
        File.WriteAllText(Path.Combine(output, Sha256Sums.FileName), Manifest(files));
        if (signature is not null)
            File.WriteAllText(Path.Combine(output, LocalCopy.SignatureFileName), signature);
        return LocalCopy.Load(output);
    }

    private static string Manifest(IReadOnlyDictionary<string, string> files) =>
        Sha256Sums.Format(files.Select(pair => (pair.Key, Sha256Sums.HashOf(Encoding.UTF8.GetBytes(pair.Value)))));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static readonly Dictionary<string, string> Site = new()
    {
        ["index.html"] = "<p>hem</p>",
        ["archive.html"] = "<p>arkiv</p>",
        ["updates/vatten.html"] = "<p>vatten</p>",
        ["updates/el.html"] = "<p>el</p>",
        ["feed.xml"] = "<rss/>",
        ["status.json"] = "{}",
        ["status.schema.json"] = "{\"type\":\"object\"}",
        ["style.css"] = "p{}",
        ["updates/bilder/karta.svg"] = "<svg/>",
    };

    [Fact]
    public void A_mirror_without_a_manifest_gets_every_file_and_loses_none()
    {
        var plan = PublishPlanner.Plan(Built(Site), remoteManifest: null, remoteSignature: null);

        Assert.Equal(RemoteManifestState.Missing, plan.RemoteManifest);
        Assert.Equal(Site.Count + 1, plan.New.Count());
        Assert.Empty(plan.Replacements);
        Assert.Empty(plan.Deletions);
        Assert.Equal(Sha256Sums.FileName, plan.Uploads[^1].Path);
    }

    [Fact]
    public void Files_go_up_before_the_files_that_link_to_them_and_the_manifest_last()
    {
        var plan = PublishPlanner.Plan(Built(Site, signature: "untrusted comment: sig\n"), null, null);

        Assert.Equal(
        [
            "status.schema.json", "style.css", "updates/bilder/karta.svg",   // assets
            "updates/el.html", "updates/vatten.html",                        // update pages
            "archive.html",                                                  // pages that list updates
            "feed.xml", "status.json",                                       // feeds and listings
            "index.html",                                                    // the entry point
            "SHA256SUMS.minisig", "SHA256SUMS",                              // the signature, then the manifest
        ], plan.Uploads.Select(upload => upload.Path));
    }

    [Fact]
    public void A_same_size_edit_is_a_replacement_of_that_file_and_the_manifest_only()
    {
        var before = Site.ToDictionary();
        var after = Site.ToDictionary();
        after["updates/vatten.html"] = "<p>VATTEN</p>"; // same length, other bytes

        var plan = PublishPlanner.Plan(Built(after), Bytes(Manifest(before)), null);

        Assert.Equal(RemoteManifestState.Read, plan.RemoteManifest);
        Assert.Equal(["updates/vatten.html", "SHA256SUMS"], plan.Uploads.Select(upload => upload.Path));
        Assert.All(plan.Uploads, upload => Assert.True(upload.Replaces));
        Assert.Empty(plan.Deletions);
        Assert.Equal(Site.Count - 1, plan.Unchanged.Count);
    }

    [Fact]
    public void An_unchanged_site_plans_nothing_at_all()
    {
        var plan = PublishPlanner.Plan(Built(Site), Bytes(Manifest(Site)), null);

        Assert.False(plan.HasChanges);
        Assert.Empty(plan.Uploads);
        Assert.Equal(Site.Count, plan.Unchanged.Count);
    }

    [Fact]
    public void Files_listed_on_the_mirror_but_no_longer_built_are_deleted_after_everything_else()
    {
        var before = Site.ToDictionary();
        before["updates/gammal.html"] = "<p>gammal</p>";
        before["bilder/gammal.png"] = "png";

        var plan = PublishPlanner.Plan(Built(Site), Bytes(Manifest(before)), null);

        Assert.Equal(["bilder/gammal.png", "updates/gammal.html"], plan.Deletions);
        Assert.Equal(["SHA256SUMS"], plan.Uploads.Select(upload => upload.Path));
    }

    [Theory]
    [InlineData("not a manifest at all\n")]
    [InlineData("SHA256 (../../etc/passwd) = 0000000000000000000000000000000000000000000000000000000000000000\n")]
    [InlineData("SHA256 (/var/www/index.html) = 0000000000000000000000000000000000000000000000000000000000000000\n")]
    public void An_unreadable_or_unsafe_manifest_uploads_everything_and_deletes_nothing(string remote)
    {
        var plan = PublishPlanner.Plan(Built(Site), Bytes(remote), null);

        Assert.Equal(RemoteManifestState.Unreadable, plan.RemoteManifest);
        Assert.Equal(Site.Count + 1, plan.Uploads.Count);
        Assert.Empty(plan.Deletions);
    }

    [Fact]
    public void An_empty_manifest_is_read_as_an_empty_mirror_and_deletes_nothing()
    {
        var plan = PublishPlanner.Plan(Built(Site), [], null);

        Assert.Equal(RemoteManifestState.Read, plan.RemoteManifest);
        Assert.Empty(plan.Deletions);
        Assert.Equal(Site.Count, plan.New.Count());
        Assert.Equal(["SHA256SUMS"], plan.Replacements.Select(upload => upload.Path));
    }

    [Fact]
    public void A_new_signature_is_uploaded_even_when_the_files_are_the_same_and_a_stale_one_is_deleted()
    {
        var signed = PublishPlanner.Plan(Built(Site, signature: "new signature"), Bytes(Manifest(Site)), Bytes("old signature"));
        Assert.Equal(["SHA256SUMS.minisig", "SHA256SUMS"], signed.Uploads.Select(upload => upload.Path));

        var unsigned = PublishPlanner.Plan(Built(Site), Bytes(Manifest(Site)), Bytes("old signature"));
        Assert.Equal(["SHA256SUMS.minisig"], unsigned.Deletions);
    }

    [Fact]
    public void A_built_file_changed_after_the_build_is_refused_before_planning()
    {
        var local = Built(Site);
        File.WriteAllText(local.FullPath("index.html"), "<p>ändrad för hand</p>");

        var error = Assert.Throws<LocalCopyException>(() => LocalCopy.Load(local.Directory));

        Assert.Contains("index.html has changed since the site was built", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

public class PlanApplierTests
{
    [Theory]
    [InlineData("../utanfor.html")]
    [InlineData("/etc/cron.d/x")]
    [InlineData("a/../../b")]
    [InlineData("a\nb")]
    public async Task A_plan_with_a_path_out_of_the_mirror_changes_nothing(string path)
    {
        using var mirror = new StaticCrisis.Tests.Support.TempFolder();
        var remote = new StaticCrisis.Core.Publishing.Remotes.FolderRemote(StaticCrisis.Core.Configuration.MirrorAddress.TryParse(new Uri(mirror.Combine("m") + "/").AbsoluteUri, out _)!);
        var plan = new StaticCrisis.Core.Publishing.PublishPlan(StaticCrisis.Core.Publishing.RemoteManifestState.Read, [], ["ok.html", path], []);

        var error = await Assert.ThrowsAsync<StaticCrisis.Core.Publishing.ApplyException>(() =>
            StaticCrisis.Core.Publishing.PlanApplier.ApplyAsync(remote, new StaticCrisis.Core.Publishing.LocalCopy(mirror.Path, [], [], null), plan, null, CancellationToken.None));

        Assert.Contains("the path would leave the mirror's folder", error.Message, StringComparison.Ordinal);
    }
}
