using StaticCrisis.Cli.Signing;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>build --signing-key: SHA256SUMS.minisig, reproducible, and every way the key can be wrong is a located error.</summary>
public class SigningTests : IClassFixture<TestKeys>
{
    private readonly TestKeys _keys;

    public SigningTests(TestKeys keys) => _keys = keys;

    private static string SiteSignedBy(string publicKey) =>
        TestSite.OneUpdate.Replace("-- content/", $"signing:\n  publicKey: \"{publicKey}\"\n-- content/", StringComparison.Ordinal);

    private BuildResult Build(TestSite site, DateTimeOffset? signatureTime = null, int parallelism = 2) =>
        SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = TestSite.Now, SigningKey = _keys.Key, SignatureTime = signatureTime, MaxParallelism = parallelism });

    private string UnencryptedKeyFile(TempFolder folder, MinisignSecretKey key)
    {
        var path = folder.Combine("unencrypted.key");
        File.WriteAllText(path, MinisignSecretKeyFile.Write(key, ""));
        return path;
    }

    [Fact]
    public void A_signed_build_names_the_site_and_its_newest_update_in_the_trusted_comment()
    {
        using var site = new TestSite(SiteSignedBy(_keys.PublicKeyBase64));

        var result = Build(site);

        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        var signature = MinisignSignature.Parse(site.ReadOutput("SHA256SUMS.minisig"))!;
        Assert.Equal(SignatureCheck.Valid, signature.Verify(_keys.Key.PublicKey, File.ReadAllBytes(Path.Combine(site.Output, "SHA256SUMS"))));
        Assert.Equal(
            "timestamp:1772434800\tfile:SHA256SUMS\thashed\tsite:https://kris.example.org/info/\ttitle:Testkommun\ttime:2026-03-02T08:00:00+01:00",
            signature.TrustedComment);
        Assert.DoesNotContain("SHA256SUMS.minisig", site.ReadOutput("SHA256SUMS"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_signature_bytes()
    {
        using var first = new TestSite(SiteSignedBy(_keys.PublicKeyBase64));
        using var second = new TestSite(SiteSignedBy(_keys.PublicKeyBase64));

        Assert.True(Build(first, parallelism: 1).Succeeded);
        Assert.True(Build(second, parallelism: 4).Succeeded);

        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, "SHA256SUMS.minisig")), File.ReadAllBytes(Path.Combine(second.Output, "SHA256SUMS.minisig")));
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_is_the_time_the_signature_names()
    {
        using var site = new TestSite(SiteSignedBy(_keys.PublicKeyBase64));

        Assert.True(Build(site, signatureTime: DateTimeOffset.FromUnixTimeSeconds(1_800_000_000)).Succeeded);

        var comment = MinisignSignature.Parse(site.ReadOutput("SHA256SUMS.minisig"))!.TrustedComment;
        Assert.StartsWith("timestamp:1800000000\t", comment, StringComparison.Ordinal);
        Assert.EndsWith("\ttime:2027-01-15T09:00:00+01:00", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_not_the_sites_fails_the_build_at_signing_and_leaves_the_output_as_it_was()
    {
        using var site = new TestSite(SiteSignedBy(_keys.PublicKeyBase64));
        Assert.Equal(0, CliRun.Run("build", site.Directory).ExitCode);
        var before = FolderSnapshot.Take(site.Output);
        using var folder = new TempFolder();
        var other = MinisignSecretKey.Generate();

        var run = CliRun.Run("build", site.Directory, "--signing-key", UnencryptedKeyFile(folder, other));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"site.yml(13,3): error SC5107: the signing key (key id {other.PublicKey.KeyIdHex}) is not the one in 'signing.publicKey' (key id {_keys.Key.PublicKey.KeyIdHex})", run.Stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(site.Output)));
    }

    [Fact]
    public void A_missing_key_file_or_the_public_key_given_as_the_secret_one_is_a_located_error()
    {
        using var site = new TestSite(SiteSignedBy(_keys.PublicKeyBase64));
        Assert.Equal(0, CliRun.Run("build", site.Directory).ExitCode);
        var before = FolderSnapshot.Take(site.Output);
        var missing = Path.Combine(site.Directory, "no-such.key");

        var noFile = CliRun.Run("build", site.Directory, "--signing-key", missing);
        var publicKey = CliRun.Run("build", site.Directory, "--signing-key", _keys.PublicKeyFile);

        Assert.Equal(1, noFile.ExitCode);
        Assert.Contains($"{missing}: error SC5101: the signing key could not be read: no such file", noFile.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, publicKey.ExitCode);
        Assert.Contains($"{_keys.PublicKeyFile}: error SC5102: this is not a minisign secret key", publicKey.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", publicKey.Stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(site.Output)));
    }

    [Fact]
    public void A_wrong_passphrase_fails_at_the_key_file_and_no_passphrase_is_ever_printed()
    {
        using var site = new TestSite(SiteSignedBy(_keys.PublicKeyBase64));
        Assert.Equal(0, CliRun.Run("build", site.Directory).ExitCode);
        var before = FolderSnapshot.Take(site.Output);

        var wrong = CliProcess.Run(new Dictionary<string, string>
        {
            [SigningKeyLoader.FileVariable] = _keys.SecretKeyFile,
            [SigningKeyLoader.PassphraseVariable] = "fel lösenord",
        }, "build", site.Directory);
        var none = CliProcess.Run(new Dictionary<string, string>(), "build", site.Directory, "--signing-key", _keys.SecretKeyFile);

        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains($"{_keys.SecretKeyFile}: error SC5104: the passphrase does not open this signing key", wrong.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains($"{_keys.SecretKeyFile}: error SC5106: the signing key is encrypted", none.Stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(site.Output)));
        var right = CliProcess.Run(new Dictionary<string, string> { [SigningKeyLoader.PassphraseVariable] = _keys.Passphrase }, "build", site.Directory, "--signing-key", _keys.SecretKeyFile);
        Assert.Equal(0, right.ExitCode);
        Assert.Contains($"Signed SHA256SUMS with key {_keys.Key.PublicKey.KeyIdHex}", right.Stdout, StringComparison.Ordinal);
        Assert.True(site.OutputExists("SHA256SUMS.minisig"));
        foreach (var output in new[] { wrong.Stdout, wrong.Stderr, none.Stdout, none.Stderr, right.Stdout, right.Stderr })
        {
            Assert.DoesNotContain("fel lösenord", output, StringComparison.Ordinal);
            Assert.DoesNotContain(_keys.Passphrase, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Signing_a_site_without_signing_publicKey_warns_with_the_line_to_add()
    {
        using var site = new TestSite(TestSite.OneUpdate);

        var result = Build(site);

        Assert.True(result.Succeeded);
        Assert.Contains($"site.yml: warning SC5108: the site is signed, but site.yml has no 'signing.publicKey'", string.Join("\n", TestSite.Lines(result)), StringComparison.Ordinal);
        Assert.Contains(_keys.PublicKeyBase64, string.Join("\n", TestSite.Lines(result)), StringComparison.Ordinal);
        Assert.True(site.OutputExists("SHA256SUMS.minisig"));
    }

    [Fact]
    public void A_later_build_without_a_key_leaves_no_old_signature_behind()
    {
        using var site = new TestSite(SiteSignedBy(_keys.PublicKeyBase64));
        Assert.True(Build(site).Succeeded);

        Assert.True(site.Build().Succeeded);

        Assert.False(site.OutputExists("SHA256SUMS.minisig"));
    }
}
