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

    /// <summary>The key id as minisign prints it: 16 hex digits, most significant byte first.</summary>
    public string KeyIdHex => Convert.ToHexString(KeyId.Reverse().ToArray());

    public string ToBase64() => Convert.ToBase64String([(byte)'E', (byte)'d', .. KeyId, .. Key]);
}
