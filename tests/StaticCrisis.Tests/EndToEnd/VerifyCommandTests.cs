using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>The sample site, signed, built once; each test serves its own copy of the output over HTTP and may damage it.</summary>
public sealed class SignedSampleSite : IDisposable
{
    public SignedSampleSite()
    {
        Keys = new TestKeys();
        Site = new SampleSiteCopy(new Dictionary<string, string> { ["signing"] = $"{{ publicKey: \"{Keys.PublicKeyBase64}\" }}" });
        Result = SiteBuilder.Build(new BuildRequest { SiteDirectory = Site.Directory, Now = SampleSiteBuild.Now, SigningKey = Keys.Key });
    }

    public TestKeys Keys { get; }

    public SampleSiteCopy Site { get; }

    public BuildResult Result { get; }

    public void Dispose()
    {
        Site.Dispose();
        Keys.Dispose();
    }
}

/// <summary>staticcrisis verify URL: the signature, then every file; a verdict and an exit code a script can use.</summary>
public sealed class VerifyCommandTests : IClassFixture<SignedSampleSite>, IDisposable
{
    private readonly SignedSampleSite _sample;
    private readonly TempFolder _copy = new();
    private readonly StaticFileServer _server;

    public VerifyCommandTests(SignedSampleSite sample)
    {
        Assert.True(sample.Result.Succeeded);
        _sample = sample;
        foreach (var file in Directory.EnumerateFiles(sample.Site.Output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy.Path, Path.GetRelativePath(sample.Site.Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _server = new StaticFileServer(_copy.Path);
    }

    private int ListedFiles => File.ReadAllLines(_copy.Combine("SHA256SUMS")).Length;

    private CliRun Verify(params string[] extra) => CliRun.Run(["verify", _server.BaseUrl, "--site", _sample.Site.Directory, .. extra]);

    [Fact]
    public void A_genuine_copy_passes_with_the_sites_key_from_site_yml()
    {
        var run = Verify();

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains($"Signature: valid, by key {_sample.Keys.Key.PublicKey.KeyIdHex}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("signed for Alvby kommun – krisinformation <https://kris.alvby.example/info/>, as of 2026-03-20 15:00 +01:00", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{ListedFiles} files OK, 0 different, 0 missing.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: GENUINE AND COMPLETE.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_file_is_DIFFERENT_and_a_removed_one_MISSING_and_the_copy_fails()
    {
        File.AppendAllText(_copy.Combine("index.html"), "<p>Falsk uppgift</p>");
        File.Delete(_copy.Combine("style.css"));

        var run = Verify("--public-key", _sample.Keys.PublicKeyFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DIFFERENT index.html", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("MISSING   style.css (HTTP 404", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{ListedFiles - 2} files OK, 1 different, 1 missing.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: DAMAGED OR ALTERED.", run.Stdout, StringComparison.Ordinal);
        // Only the problems are listed, not every file that is fine.
        Assert.DoesNotContain("feed.xml", run.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_manifest_rewritten_to_match_a_changed_file_has_a_bad_signature_and_minisign_agrees()
    {
        // What a forger would do: change a page, then put its new hash in SHA256SUMS.
        File.AppendAllText(_copy.Combine("index.html"), "<p>Ring 0999-666 66</p>");
        var forgedHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_copy.Combine("index.html"))));
        var lines = File.ReadAllLines(_copy.Combine("SHA256SUMS")).Select(line => line.StartsWith("SHA256 (index.html) = ", StringComparison.Ordinal) ? "SHA256 (index.html) = " + forgedHash : line);
        File.WriteAllText(_copy.Combine("SHA256SUMS"), string.Join("\n", lines) + "\n");

        var run = Verify("--public-key", _sample.Keys.PublicKeyBase64);
        var minisign = MinisignTool.Run(_copy.Path, null, "-V", "-P", _sample.Keys.PublicKeyBase64, "-m", "SHA256SUMS");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Signature: INVALID (SHA256SUMS was changed after it was signed)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: NOT GENUINE.", run.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(0, minisign.ExitCode);
        Assert.Contains("Signature verification failed", minisign.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_by_another_key_is_not_genuine()
    {
        using var other = new TestKeys();

        var run = Verify("--public-key", other.PublicKeyBase64);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Signature: INVALID (made by key {_sample.Keys.Key.PublicKey.KeyIdHex}, not the site's key {other.Key.PublicKey.KeyIdHex}", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_without_its_signature_fails_when_there_is_a_key_to_check_it_with()
    {
        File.Delete(_copy.Combine("SHA256SUMS.minisig"));

        var run = Verify();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Signature: MISSING (no SHA256SUMS.minisig (HTTP 404", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: NOT GENUINE.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_key_a_complete_copy_passes_but_is_called_not_proven_genuine()
    {
        using var noSite = new TempFolder();

        var run = CliRun.Run("verify", _server.BaseUrl, "--site", noSite.Path);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains($"Signature: NOT CHECKED, no public key given (--public-key, or signing.publicKey in site.yml). It claims key {_sample.Keys.Key.PublicKey.KeyIdHex}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: COMPLETE, NOT PROVEN GENUINE.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_key_or_address_is_a_usage_error_and_an_address_without_a_manifest_fails()
    {
        var badKey = Verify("--public-key", "RWQnotakey");
        var badAddress = CliRun.Run("verify", "ftp://example.org/");
        var noManifest = CliRun.Run("verify", _server.BaseUrl.Replace("/info/", "/other/", StringComparison.Ordinal), "--site", _sample.Site.Directory);

        Assert.Equal(2, badKey.ExitCode);
        Assert.Contains("--public-key 'RWQnotakey' is neither a minisign public key", badKey.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, badAddress.ExitCode);
        Assert.Equal(1, noManifest.ExitCode);
        Assert.Contains("could not read http://127.0.0.1:", noManifest.Stderr, StringComparison.Ordinal);
        Assert.Contains("/other/SHA256SUMS: HTTP 404", noManifest.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        _copy.Dispose();
    }
}
