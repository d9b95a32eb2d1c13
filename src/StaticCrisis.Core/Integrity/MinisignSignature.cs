using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// A minisign signature file (<c>.minisig</c>) in the prehashed form minisign makes by default, four lines:
/// <code>
/// untrusted comment: …
/// base64("ED", key id, Ed25519 signature of the file's BLAKE2b-512 hash)
/// trusted comment: …
/// base64(Ed25519 signature of the signature above followed by the trusted comment's text)
/// </code>
/// The second signature is what makes the trusted comment trustworthy: it cannot be changed without the secret key.
/// </summary>
public sealed record MinisignSignature(string UntrustedComment, byte[] KeyId, byte[] Signature, string TrustedComment, byte[] GlobalSignature)
{
    private const string UntrustedPrefix = "untrusted comment: ", TrustedPrefix = "trusted comment: ";

    /// <summary>Signs a file's bytes. Ed25519 is deterministic, so the same key, file and comments give the same signature file.</summary>
    public static MinisignSignature Create(MinisignSecretKey key, ReadOnlySpan<byte> file, string trustedComment, string untrustedComment)
    {
        if (trustedComment.Contains('\n', StringComparison.Ordinal) || trustedComment.Contains('\r', StringComparison.Ordinal) || untrustedComment.Contains('\n', StringComparison.Ordinal) || untrustedComment.Contains('\r', StringComparison.Ordinal))
            throw new ArgumentException("a minisign comment is one line");
        var signature = key.Sign(Prehash(file));
        var global = key.Sign([.. signature, .. Encoding.UTF8.GetBytes(trustedComment)]);
        return new MinisignSignature(untrustedComment, key.KeyId, signature, trustedComment, global);
    }

    public string ToFileText() =>
        $"{UntrustedPrefix}{UntrustedComment}\n{Convert.ToBase64String([.. "ED"u8, .. KeyId, .. Signature])}\n" +
        $"{TrustedPrefix}{TrustedComment}\n{Convert.ToBase64String(GlobalSignature)}\n";

    /// <summary>Reads a signature file; null when it is not one (or is the legacy, not prehashed, form).</summary>
    public static MinisignSignature? Parse(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        if (lines.Length < 4 || !lines[0].StartsWith(UntrustedPrefix, StringComparison.Ordinal) || !lines[2].StartsWith(TrustedPrefix, StringComparison.Ordinal))
            return null;
        var signature = new byte[74];
        var global = new byte[64];
        if (!Convert.TryFromBase64String(lines[1].Trim(), signature, out var written) || written != 74 || signature[0] != (byte)'E' || signature[1] != (byte)'D')
            return null;
        if (!Convert.TryFromBase64String(lines[3].Trim(), global, out written) || written != 64)
            return null;
        return new MinisignSignature(lines[0][UntrustedPrefix.Length..], signature[2..10], signature[10..], lines[2][TrustedPrefix.Length..], global);
    }

    /// <summary>Checks this signature of <paramref name="file"/> with <paramref name="key"/>, as <c>minisign -V</c> does.</summary>
    public SignatureCheck Verify(MinisignPublicKey key, ReadOnlySpan<byte> file)
    {
        if (!KeyId.AsSpan().SequenceEqual(key.KeyId))
            return SignatureCheck.OtherKey;
        if (!key.Verifies(Prehash(file), Signature))
            return SignatureCheck.FileChanged;
        if (!key.Verifies([.. Signature, .. Encoding.UTF8.GetBytes(TrustedComment)], GlobalSignature))
            return SignatureCheck.CommentChanged;
        return SignatureCheck.Valid;
    }

    /// <summary>The key id as minisign prints it.</summary>
    public string KeyIdHex => Convert.ToHexString(KeyId.Reverse().ToArray());

    /// <summary>BLAKE2b-512 of the file: what the "ED" form signs, so a file of any size is one short message.</summary>
    private static byte[] Prehash(ReadOnlySpan<byte> file)
    {
        var digest = new Blake2bDigest(512);
        digest.BlockUpdate(file);
        var hash = new byte[64];
        digest.DoFinal(hash);
        return hash;
    }
}

public enum SignatureCheck
{
    Valid,

    /// <summary>Made by another key than the one given (the key ids differ).</summary>
    OtherKey,

    /// <summary>The signed file is not the one the signature was made for.</summary>
    FileChanged,

    /// <summary>The file matches, but the trusted comment was changed after signing.</summary>
    CommentChanged,
}
