using System.Text;
using StaticCrisis.Core.Integrity;

namespace StaticCrisis.Tests.Core.Integrity;

/// <summary>minisign's key and signature formats, byte for byte; the real minisign reads them in MinisignInteropTests.</summary>
public class MinisignFormatTests
{
    private static readonly byte[] Manifest = Encoding.UTF8.GetBytes("SHA256 (index.html) = " + new string('a', 64) + "\n");

    [Fact]
    public void A_secret_key_file_opens_with_its_passphrase_and_gives_back_the_same_key()
    {
        var key = MinisignSecretKey.Generate();
        var text = MinisignSecretKeyFile.Write(key, "rätt lösenord", MinisignScrypt.Interactive);

        var reading = MinisignSecretKeyFile.Read(text, "rätt lösenord");

        Assert.Null(reading.Problem);
        Assert.True(reading.Key!.PublicKey.SameAs(key.PublicKey));
        Assert.True(MinisignSecretKeyFile.IsEncrypted(text));
        var lines = text.Split('\n');
        Assert.StartsWith("untrusted comment: ", lines[0], StringComparison.Ordinal);
        var bytes = Convert.FromBase64String(lines[1]);
        Assert.Equal(158, bytes.Length);
        Assert.Equal("EdScB2", Encoding.ASCII.GetString(bytes, 0, 6));
    }

    [Fact]
    public void A_wrong_passphrase_is_told_apart_from_a_file_that_is_not_a_key()
    {
        var text = MinisignSecretKeyFile.Write(MinisignSecretKey.Generate(), "rätt", MinisignScrypt.Interactive);

        Assert.Equal(SecretKeyProblem.WrongPassphrase, MinisignSecretKeyFile.Read(text, "fel").Problem);
        Assert.Equal(SecretKeyProblem.NotAKey, MinisignSecretKeyFile.Read("untrusted comment: x\nRWQ=\n", "").Problem);
        Assert.Equal(SecretKeyProblem.NotAKey, MinisignSecretKeyFile.Read("", "").Problem);
        Assert.Null(MinisignSecretKeyFile.IsEncrypted("not a key"));
    }

    [Fact]
    public void An_empty_passphrase_leaves_the_key_unencrypted_and_a_changed_byte_shows_as_damage()
    {
        var key = MinisignSecretKey.Generate();
        var text = MinisignSecretKeyFile.Write(key, "");
        var bytes = Convert.FromBase64String(text.Split('\n')[1]);

        Assert.Equal(new byte[] { (byte)'E', (byte)'d', 0, 0, (byte)'B', (byte)'2' }, bytes[..6]);
        Assert.False(MinisignSecretKeyFile.IsEncrypted(text));
        Assert.True(MinisignSecretKeyFile.Read(text, "anything").Key!.PublicKey.SameAs(key.PublicKey));

        bytes[100] ^= 1;
        var damaged = text.Split('\n')[0] + "\n" + Convert.ToBase64String(bytes) + "\n";
        Assert.Equal(SecretKeyProblem.Damaged, MinisignSecretKeyFile.Read(damaged, "").Problem);
    }

    [Fact]
    public void A_key_asking_for_more_scrypt_memory_than_minisign_ever_uses_is_refused_not_attempted()
    {
        var text = MinisignSecretKeyFile.Write(MinisignSecretKey.Generate(), "x", MinisignScrypt.Interactive);
        var bytes = Convert.FromBase64String(text.Split('\n')[1]);
        BitConverter.GetBytes(1UL << 40).CopyTo(bytes, 38);
        BitConverter.GetBytes(1UL << 40).CopyTo(bytes, 46);

        var reading = MinisignSecretKeyFile.Read("untrusted comment: x\n" + Convert.ToBase64String(bytes) + "\n", "x");

        Assert.Equal(SecretKeyProblem.Unsupported, reading.Problem);
    }

    [Theory]
    [InlineData(33_554_432UL, 1_073_741_824UL, 1 << 20, 1)] // minisign's own default (libsodium's "sensitive")
    [InlineData(8_388_608UL, 268_435_456UL, 1 << 18, 1)]    // keys made here
    [InlineData(524_288UL, 16_777_216UL, 1 << 14, 1)]       // libsodium's "interactive"
    [InlineData(1_048_576UL, 16_777_216UL, 1 << 14, 2)]     // more work than memory: p grows
    [InlineData(65_536UL, 268_435_456UL, 1 << 11, 1)]       // less work than memory: N from opslimit
    public void Scrypt_parameters_follow_libsodium(ulong opsLimit, ulong memLimit, int n, int p)
    {
        Assert.Equal((n, 8, p), MinisignScrypt.Parameters(opsLimit, memLimit));
    }

    [Fact]
    public void A_signature_verifies_and_each_kind_of_tampering_is_named()
    {
        var key = MinisignSecretKey.Generate();
        var signature = MinisignSignature.Create(key, Manifest, "timestamp:1\tfile:SHA256SUMS\thashed", "signature from a test key");
        var parsed = MinisignSignature.Parse(signature.ToFileText())!;

        Assert.Equal(SignatureCheck.Valid, parsed.Verify(key.PublicKey, Manifest));
        Assert.Equal(SignatureCheck.FileChanged, parsed.Verify(key.PublicKey, [.. Manifest, (byte)'\n']));
        Assert.Equal(SignatureCheck.CommentChanged, (parsed with { TrustedComment = "timestamp:2\tfile:SHA256SUMS\thashed" }).Verify(key.PublicKey, Manifest));
        Assert.Equal(SignatureCheck.OtherKey, parsed.Verify(MinisignSecretKey.Generate().PublicKey, Manifest));
        // Same key id, other key: a forged id does not help.
        var impostor = MinisignSecretKey.Generate().PublicKey with { KeyId = key.KeyId };
        Assert.Equal(SignatureCheck.FileChanged, parsed.Verify(impostor, Manifest));
    }

    [Fact]
    public void The_signature_file_has_minisigs_four_lines_in_the_prehashed_form()
    {
        var key = MinisignSecretKey.Generate();
        var lines = MinisignSignature.Create(key, Manifest, "trusted", "untrusted").ToFileText().Split('\n');

        Assert.Equal(5, lines.Length);
        Assert.Equal("", lines[4]);
        Assert.Equal("untrusted comment: untrusted", lines[0]);
        Assert.Equal("trusted comment: trusted", lines[2]);
        var signature = Convert.FromBase64String(lines[1]);
        Assert.Equal(74, signature.Length);
        Assert.Equal("ED", Encoding.ASCII.GetString(signature, 0, 2));
        Assert.Equal(key.KeyId, signature[2..10]);
        Assert.Equal(64, Convert.FromBase64String(lines[3]).Length);
    }

    [Fact]
    public void The_same_key_file_and_comment_give_the_same_signature_bytes()
    {
        var key = MinisignSecretKey.Generate();

        Assert.Equal(
            MinisignSignature.Create(key, Manifest, "c", "u").ToFileText(),
            MinisignSignature.Create(key, Manifest, "c", "u").ToFileText());
    }

    [Fact]
    public void A_public_key_is_read_from_a_pub_file_or_as_the_bare_key()
    {
        var key = MinisignSecretKey.Generate().PublicKey;

        Assert.True(MinisignPublicKey.ParseFileOrKey(key.ToFileText())!.SameAs(key));
        Assert.True(MinisignPublicKey.ParseFileOrKey(" " + key.ToBase64() + "\n")!.SameAs(key));
        Assert.StartsWith("untrusted comment: minisign public key " + key.KeyIdHex + "\nRW", key.ToFileText(), StringComparison.Ordinal);
        Assert.Null(MinisignPublicKey.ParseFileOrKey("RWQ"));
        Assert.Null(MinisignPublicKey.ParseFileOrKey("untrusted comment: x\nuntrusted comment: y\n" + key.ToBase64()));
    }

    [Fact]
    public void The_trusted_comment_names_the_site_and_time_on_one_line_and_reads_back()
    {
        var time = new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(1));
        var comment = new ManifestComment(new Uri("https://kris.example.org/info/"), "Alvby\tkommun\n– kris", time);

        var text = comment.Format();

        Assert.Equal("timestamp:1772614800\tfile:SHA256SUMS\thashed\tsite:https://kris.example.org/info/\ttitle:Alvby kommun – kris\ttime:2026-03-04T10:00:00+01:00", text);
        Assert.Equal(comment with { Title = "Alvby kommun – kris" }, ManifestComment.Parse(text));
        Assert.Equal(new ManifestComment(null, null, DateTimeOffset.FromUnixTimeSeconds(5)), ManifestComment.Parse("timestamp:5\tfile:x"));
    }
}
