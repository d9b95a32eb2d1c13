using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// A minisign public key: base64 of "Ed" (the Ed25519 algorithm), an 8-byte key id and the 32-byte key.
/// This is the line a <c>.pub</c> file holds after its comment, and what site.yml's <c>signing.publicKey</c> holds.
/// </summary>
public sealed record MinisignPublicKey(byte[] KeyId, byte[] Key)
{
    public static bool TryParse(string base64, out MinisignPublicKey? key)
    {
        key = null;
        var bytes = new byte[42];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var written) || written != 42 || bytes[0] != (byte)'E' || bytes[1] != (byte)'d')
            return false;
        key = new MinisignPublicKey(bytes[2..10], bytes[10..]);
        return true;
    }

    /// <summary>Reads a <c>.pub</c> file's text (an untrusted comment line, then the key) or the bare base64 key.</summary>
    public static MinisignPublicKey? ParseFileOrKey(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var keyLine = lines.Length == 2 && lines[0].StartsWith("untrusted comment:", StringComparison.Ordinal) ? lines[1]
            : lines.Length == 1 ? lines[0] : null;
        return keyLine is not null && TryParse(keyLine, out var key) ? key : null;
    }

    /// <summary>The key id as minisign prints it: 16 hex digits, most significant byte first.</summary>
    public string KeyIdHex => Convert.ToHexString(KeyId.Reverse().ToArray());

    public string ToBase64() => Convert.ToBase64String([(byte)'E', (byte)'d', .. KeyId, .. Key]);

    /// <summary>The <c>.pub</c> file, as <c>minisign -G</c> writes it.</summary>
    public string ToFileText() => $"untrusted comment: minisign public key {KeyIdHex}\n{ToBase64()}\n";

    /// <summary>Same key id and key; records compare arrays by reference, so this compares their bytes.</summary>
    public bool SameAs(MinisignPublicKey other) => KeyId.AsSpan().SequenceEqual(other.KeyId) && Key.AsSpan().SequenceEqual(other.Key);

    internal bool Verifies(ReadOnlySpan<byte> message, byte[] signature)
    {
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(Key));
        verifier.BlockUpdate(message);
        return verifier.VerifySignature(signature);
    }

    public override string ToString() => ToBase64();
}
