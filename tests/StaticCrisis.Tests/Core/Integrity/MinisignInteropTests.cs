using StaticCrisis.Cli.Signing;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Integrity;

/// <summary>Our keys and signatures against the real minisign program: each reads what the other writes.</summary>
public class MinisignInteropTests
{
    private static readonly DateTimeOffset Now = TestSite.Now;

    private static TestSite SignedSite(string publicKey) => new(TestSite.OneUpdate.Replace("-- content/", $"signing:\n  publicKey: \"{publicKey}\"\n-- content/", StringComparison.Ordinal));

    private static BuildResult BuildSigned(TestSite site, MinisignSecretKey key) =>
        SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = Now, SigningKey = key });

    [SkippableFact]
    public void Minisign_verifies_a_build_signed_with_a_key_from_keygen_and_signs_with_that_key_as_we_do()
    {
        RequiredTool.Find("minisign", "apt-get install minisign");
        using var folder = new TempFolder();
        const string passphrase = "lösenord med mellanslag";
        var environment = new Dictionary<string, string> { [SigningKeyLoader.PassphraseVariable] = passphrase };
        var keygen = CliProcess.Run(environment, "keygen", "--output", folder.Path);
        Assert.True(keygen.ExitCode == 0, keygen.Stderr);
        var publicKey = File.ReadAllLines(folder.Combine("staticcrisis.pub"))[1];
        using var site = SignedSite(publicKey);

        var build = CliProcess.Run(environment, "build", site.Directory, "--signing-key", folder.Combine("staticcrisis.key"));
        Assert.True(build.ExitCode == 0, build.Stderr);
        var verified = MinisignTool.Run(site.Output, null, "-V", "-p", folder.Combine("staticcrisis.pub"), "-m", "SHA256SUMS");

        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.Contains("Signature and comment signature verified", verified.Output, StringComparison.Ordinal);
        Assert.Contains("site:https://kris.example.org/info/\ttitle:Testkommun", verified.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, keygen.Stdout + keygen.Stderr + build.Stdout + build.Stderr, StringComparison.Ordinal);

        // minisign opens our encrypted key with the passphrase and makes the very signature we made (Ed25519 is deterministic).
        File.Copy(Path.Combine(site.Output, "SHA256SUMS"), folder.Combine("SHA256SUMS"));
        var signed = MinisignTool.Run(folder.Path, passphrase, "-S", "-s", "staticcrisis.key", "-m", "SHA256SUMS", "-t", "signed by minisign");
        Assert.True(signed.ExitCode == 0, signed.Output);
        var theirs = MinisignSignature.Parse(File.ReadAllText(folder.Combine("SHA256SUMS.minisig")))!;
        var ours = MinisignSignature.Parse(site.ReadOutput("SHA256SUMS.minisig"))!;
        Assert.Equal(SignatureCheck.Valid, theirs.Verify(MinisignPublicKey.ParseFileOrKey(publicKey)!, File.ReadAllBytes(folder.Combine("SHA256SUMS"))));
        Assert.Equal(ours.Signature, theirs.Signature);
    }

    [SkippableFact]
    public void A_key_made_by_minisign_signs_builds_that_minisign_verifies()
    {
        RequiredTool.Find("minisign", "apt-get install minisign");
        using var folder = new TempFolder();
        var generated = MinisignTool.Run(folder.Path, null, "-G", "-W", "-p", "minisign.pub", "-s", "minisign.key");
        Assert.True(generated.ExitCode == 0, generated.Output);
        var problems = new DiagnosticBag();
        var key = SigningKeyLoader.Load(folder.Combine("minisign.key"), _ => null, _ => null, problems);
        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted()));
        Assert.Equal(File.ReadAllLines(folder.Combine("minisign.pub"))[1], key!.PublicKey.ToBase64());
        using var site = SignedSite(key.PublicKey.ToBase64());

        Assert.True(BuildSigned(site, key).Succeeded);
        var verified = MinisignTool.Run(site.Output, null, "-V", "-p", folder.Combine("minisign.pub"), "-m", "SHA256SUMS");

        Assert.True(verified.ExitCode == 0, verified.Output);
    }

    [SkippableFact]
    public void A_manifest_or_trusted_comment_changed_after_signing_fails_minisign_and_our_check_alike()
    {
        RequiredTool.Find("minisign", "apt-get install minisign");
        using var keys = new TestKeys();
        using var site = SignedSite(keys.PublicKeyBase64);
        Assert.True(BuildSigned(site, keys.Key).Succeeded);
        var manifestPath = Path.Combine(site.Output, "SHA256SUMS");
        var signaturePath = Path.Combine(site.Output, "SHA256SUMS.minisig");
        var original = File.ReadAllText(manifestPath);
        var signature = File.ReadAllText(signaturePath);

        File.WriteAllText(manifestPath, original.Replace("SHA256 (index.html) = ", "SHA256 (index.html) = 0", StringComparison.Ordinal)[..^2] + "\n");
        var tampered = MinisignTool.Run(site.Output, null, "-V", "-P", keys.PublicKeyBase64, "-m", "SHA256SUMS");
        Assert.NotEqual(0, tampered.ExitCode);
        Assert.Equal(SignatureCheck.FileChanged, MinisignSignature.Parse(signature)!.Verify(keys.Key.PublicKey, File.ReadAllBytes(manifestPath)));

        File.WriteAllText(manifestPath, original);
        File.WriteAllText(signaturePath, signature.Replace("title:Testkommun", "title:Falsk kommun", StringComparison.Ordinal));
        var comment = MinisignTool.Run(site.Output, null, "-V", "-P", keys.PublicKeyBase64, "-m", "SHA256SUMS");
        Assert.NotEqual(0, comment.ExitCode);
        Assert.Contains("Comment signature verification failed", comment.Output, StringComparison.Ordinal);
        Assert.Equal(SignatureCheck.CommentChanged, MinisignSignature.Parse(File.ReadAllText(signaturePath))!.Verify(keys.Key.PublicKey, File.ReadAllBytes(manifestPath)));
    }
}
