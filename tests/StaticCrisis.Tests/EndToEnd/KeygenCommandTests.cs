using StaticCrisis.Cli.Commands;
using StaticCrisis.Cli.Signing;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>staticcrisis keygen: two files in minisign's format, the secret one private, never overwritten.</summary>
public class KeygenCommandTests
{
    private static (int ExitCode, string Stdout, string Stderr) Keygen(string directory, string? passphraseVariable, params string?[] typed)
    {
        var answers = new Queue<string?>(typed);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = KeygenCommand.Run(directory, name => name == SigningKeyLoader.PassphraseVariable ? passphraseVariable : null,
            _ => answers.Count > 0 ? answers.Dequeue() : null, stdout, stderr, MinisignScrypt.Interactive);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Keygen_writes_a_private_secret_key_and_a_public_key_and_prints_the_line_for_site_yml()
    {
        using var folder = new TempFolder();

        var (exitCode, stdout, stderr) = Keygen(folder.Path, null, "hemligt", "hemligt");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var publicKey = MinisignPublicKey.ParseFileOrKey(File.ReadAllText(folder.Combine("staticcrisis.pub")))!;
        Assert.Contains($"signing:\n  publicKey: \"{publicKey.ToBase64()}\"\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var secret = MinisignSecretKeyFile.Read(File.ReadAllText(folder.Combine("staticcrisis.key")), "hemligt");
        Assert.True(secret.Key!.PublicKey.SameAs(publicKey));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.Combine("staticcrisis.key")));
        Assert.DoesNotContain("hemligt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Keygen_refuses_to_overwrite_a_key_pair_and_changes_nothing()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Keygen(folder.Path, "x").ExitCode);
        var before = FolderSnapshot.Take(folder.Path);

        var (exitCode, _, stderr) = Keygen(folder.Path, "x");

        Assert.Equal(1, exitCode);
        Assert.Contains("error SC5109: refusing to overwrite", stderr, StringComparison.Ordinal);
        Assert.True(FolderSnapshot.Equal(before, FolderSnapshot.Take(folder.Path)));
    }

    [Fact]
    public void An_empty_passphrase_makes_an_unencrypted_key_with_a_warning()
    {
        using var folder = new TempFolder();

        var (exitCode, _, stderr) = Keygen(folder.Path, "");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{folder.Combine("staticcrisis.key")}: warning SC5112: the secret key is not encrypted", stderr, StringComparison.Ordinal);
        Assert.False(MinisignSecretKeyFile.IsEncrypted(File.ReadAllText(folder.Combine("staticcrisis.key"))));
    }

    [Fact]
    public void Two_different_passphrases_or_no_way_to_ask_write_nothing()
    {
        using var folder = new TempFolder();

        var differ = Keygen(folder.Path, null, "ett", "två");
        var noTerminal = Keygen(folder.Path, null);

        Assert.Equal(1, differ.ExitCode);
        Assert.Contains("error SC5110: the two passphrases differ", differ.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, noTerminal.ExitCode);
        Assert.Contains("error SC5111: no terminal to ask for a passphrase: set STATICCRISIS_SIGNING_KEY_PASSWORD", noTerminal.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_key_written_into_a_site_folder_is_warned_about()
    {
        using var site = new TestSite(TestSite.OneUpdate);

        var (exitCode, _, stderr) = Keygen(site.Directory, "x");

        Assert.Equal(0, exitCode);
        Assert.Contains("warning SC5113: the secret key is in a site folder", stderr, StringComparison.Ordinal);
    }
}
