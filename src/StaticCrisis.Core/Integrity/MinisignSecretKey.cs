using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// A minisign secret key in memory: an 8-byte key id and an Ed25519 key (its 32-byte seed). It signs; it is written to and
/// read from a file by <see cref="MinisignSecretKeyFile"/>. <see cref="ToString"/> never shows it.
/// </summary>
public sealed class MinisignSecretKey
{
    private readonly Ed25519PrivateKeyParameters _key;

    internal MinisignSecretKey(byte[] keyId, byte[] seed)
    {
        if (keyId.Length != 8 || seed.Length != 32)
            throw new ArgumentException("a minisign key has an 8-byte id and a 32-byte seed");
        KeyId = keyId;
        _key = new Ed25519PrivateKeyParameters(seed);
        PublicKey = new MinisignPublicKey(keyId, _key.GeneratePublicKey().GetEncoded());
    }

    /// <summary>A new key pair from the system's random number generator.</summary>
    public static MinisignSecretKey Generate() => new(RandomNumberGenerator.GetBytes(8), RandomNumberGenerator.GetBytes(32));

    public byte[] KeyId { get; }

    public MinisignPublicKey PublicKey { get; }

    /// <summary>libsodium's secret key layout, which minisign stores: the seed, then the public key.</summary>
    internal byte[] SodiumSecretKey() => [.. _key.GetEncoded(), .. PublicKey.Key];

    /// <summary>A plain Ed25519 signature (deterministic: the same key and message give the same bytes).</summary>
    internal byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _key);
        signer.BlockUpdate(message);
        return signer.GenerateSignature();
    }

    public override string ToString() => $"minisign secret key {PublicKey.KeyIdHex}";
}
