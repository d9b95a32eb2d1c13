using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// The secret key file in minisign's own format, so <c>minisign -S -s staticcrisis.key</c> signs with it too: an untrusted
/// comment line, then base64 of 158 bytes: "Ed" (Ed25519), the key derivation ("Sc" for scrypt, two zero bytes for none),
/// "B2" (a BLAKE2b-256 checksum), the scrypt salt (32 bytes), opslimit and memlimit (8 bytes each, little-endian), then the
/// 104 bytes that the passphrase's scrypt stream is XORed over: the key id (8), libsodium's secret key (seed and public
/// key, 64) and the checksum of "Ed", key id and secret key (32), which tells a wrong passphrase from the right one.
/// </summary>
public static class MinisignSecretKeyFile
{
    private const int Length = 158, SaltOffset = 6, OpsOffset = 38, MemOffset = 46, SecretOffset = 54, SecretLength = 104;
    private static readonly byte[] Ed = "Ed"u8.ToArray(), Scrypt = "Sc"u8.ToArray(), NoKdf = [0, 0], Blake2 = "B2"u8.ToArray();

    /// <summary>The file's text; an empty passphrase leaves the key unencrypted (as <c>minisign -G -W</c> does).</summary>
    public static string Write(MinisignSecretKey key, string passphrase, ScryptLimits? cost = null)
    {
        var limits = cost ?? MinisignScrypt.Default;
        var encrypted = passphrase.Length > 0;
        var bytes = new byte[Length];
        Ed.CopyTo(bytes, 0);
        (encrypted ? Scrypt : NoKdf).CopyTo(bytes, 2);
        Blake2.CopyTo(bytes, 4);
        var secret = bytes.AsSpan(SecretOffset, SecretLength);
        key.KeyId.CopyTo(secret);
        key.SodiumSecretKey().CopyTo(secret[8..]);
        Checksum(key.KeyId, secret.Slice(8, 64)).CopyTo(secret[72..]);
        if (encrypted)
        {
            RandomNumberGenerator.Fill(bytes.AsSpan(SaltOffset, 32));
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(OpsOffset), limits.OpsLimit);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(MemOffset), limits.MemLimit);
            var parameters = MinisignScrypt.Parameters(limits.OpsLimit, limits.MemLimit) ?? throw new ArgumentException("scrypt cost out of range", nameof(cost));
            Xor(secret, MinisignScrypt.Derive(Encoding.UTF8.GetBytes(passphrase), bytes[SaltOffset..OpsOffset], parameters, SecretLength));
        }
        var comment = encrypted ? "staticcrisis encrypted secret key" : "staticcrisis secret key, not encrypted";
        return $"untrusted comment: {comment} {key.PublicKey.KeyIdHex}\n{Convert.ToBase64String(bytes)}\n";
    }

    /// <summary>Whether the file needs a passphrase; null when it is not a minisign secret key at all.</summary>
    public static bool? IsEncrypted(string text) => Decode(text) is { } bytes ? bytes.AsSpan(2, 2).SequenceEqual(Scrypt) : null;

    public static SecretKeyReading Read(string text, string passphrase)
    {
        if (Decode(text) is not { } bytes)
            return new SecretKeyReading(null, SecretKeyProblem.NotAKey);
        if (!bytes.AsSpan(0, 2).SequenceEqual(Ed) || !bytes.AsSpan(4, 2).SequenceEqual(Blake2))
            return new SecretKeyReading(null, SecretKeyProblem.Unsupported);
        var secret = bytes.AsSpan(SecretOffset, SecretLength);
        var encrypted = bytes.AsSpan(2, 2).SequenceEqual(Scrypt);
        if (encrypted)
        {
            var cost = MinisignScrypt.Parameters(
                BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(OpsOffset)), BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(MemOffset)));
            if (cost is null)
                return new SecretKeyReading(null, SecretKeyProblem.Unsupported);
            Xor(secret, MinisignScrypt.Derive(Encoding.UTF8.GetBytes(passphrase), bytes[SaltOffset..OpsOffset], cost.Value, SecretLength));
        }
        else if (!bytes.AsSpan(2, 2).SequenceEqual(NoKdf))
            return new SecretKeyReading(null, SecretKeyProblem.Unsupported);

        var keyId = secret[..8].ToArray();
        var sodiumKey = secret.Slice(8, 64);
        // minisign up to 0.11 leaves the checksum of an unencrypted key as zeros; the public-half check below still catches damage.
        var withoutChecksum = !encrypted && !secret[72..].ContainsAnyExcept((byte)0);
        if (!withoutChecksum && !CryptographicOperations.FixedTimeEquals(Checksum(keyId, sodiumKey), secret[72..]))
            return new SecretKeyReading(null, encrypted ? SecretKeyProblem.WrongPassphrase : SecretKeyProblem.Damaged);
        var key = new MinisignSecretKey(keyId, sodiumKey[..32].ToArray());
        // The stored public half must be the one the seed makes, or signatures would not verify.
        if (!key.PublicKey.Key.AsSpan().SequenceEqual(sodiumKey[32..]))
            return new SecretKeyReading(null, SecretKeyProblem.Damaged);
        return new SecretKeyReading(key, null);
    }

    private static byte[]? Decode(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || !lines[0].StartsWith("untrusted comment:", StringComparison.Ordinal))
            return null;
        var bytes = new byte[Length];
        return Convert.TryFromBase64String(lines[1].Trim(), bytes, out var written) && written == Length ? bytes : null;
    }

    private static byte[] Checksum(ReadOnlySpan<byte> keyId, ReadOnlySpan<byte> sodiumKey)
    {
        var digest = new Blake2bDigest(256);
        digest.BlockUpdate(Ed);
        digest.BlockUpdate(keyId);
        digest.BlockUpdate(sodiumKey);
        var checksum = new byte[32];
        digest.DoFinal(checksum);
        return checksum;
    }

    private static void Xor(Span<byte> target, ReadOnlySpan<byte> stream)
    {
        for (var i = 0; i < target.Length; i++)
            target[i] ^= stream[i];
    }
}

/// <summary>What reading a secret key file gave: the key, or why not.</summary>
public sealed record SecretKeyReading(MinisignSecretKey? Key, SecretKeyProblem? Problem);

public enum SecretKeyProblem
{
    /// <summary>Not a minisign secret key file (no comment line, or not 158 bytes of base64).</summary>
    NotAKey,

    /// <summary>A minisign key with an algorithm or key derivation cost this tool does not use.</summary>
    Unsupported,

    WrongPassphrase,

    /// <summary>An unencrypted key whose checksum does not match: the file was changed.</summary>
    Damaged,
}
