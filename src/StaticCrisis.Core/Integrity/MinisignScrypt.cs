using Org.BouncyCastle.Crypto.Generators;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// The key derivation that protects a minisign secret key: scrypt (libsodium's <c>crypto_pwhash_scryptsalsa208sha256</c>),
/// whose cost the key file stores as libsodium's "opslimit" and "memlimit" rather than scrypt's N, r and p.
/// </summary>
public static class MinisignScrypt
{
    /// <summary>The cost of keys made here: N = 2^18, r = 8, p = 1 (256 MiB, about a second), a quarter of minisign's own default, so every build on a small CI machine can decrypt it.</summary>
    public static readonly ScryptLimits Default = new(8_388_608, 268_435_456);

    /// <summary>libsodium's "interactive" cost: N = 2^14 (16 MiB). For tests, which make many keys.</summary>
    public static readonly ScryptLimits Interactive = new(524_288, 16_777_216);

    /// <summary>Above this a key file asks for more than minisign's own default (1 GiB): refused rather than exhausting the machine.</summary>
    private const ulong MaxMemoryBytes = 1UL << 30;

    /// <summary>libsodium's mapping of opslimit and memlimit to scrypt's parameters; null when they ask for more than a build can spend.</summary>
    public static (int N, int R, int P)? Parameters(ulong opsLimit, ulong memLimit)
    {
        opsLimit = Math.Max(opsLimit, 32_768);
        const int r = 8;
        int nLog2;
        ulong p;
        if (opsLimit < memLimit / 32)
        {
            p = 1;
            nLog2 = SmallestLog2Above(opsLimit / (r * 4) / 2);
        }
        else
        {
            nLog2 = SmallestLog2Above(memLimit / (r * 128) / 2);
            p = Math.Min((opsLimit / 4) >> nLog2, 0x3fffffff) / r;
        }
        if (p == 0 || p > 16 || nLog2 > 30 || (128UL * r << nLog2) > MaxMemoryBytes)
            return null;
        return (1 << nLog2, r, (int)p);
    }

    /// <summary>The key stream XORed over the secret key.</summary>
    public static byte[] Derive(byte[] passphrase, byte[] salt, (int N, int R, int P) cost, int length) =>
        SCrypt.Generate(passphrase, salt, cost.N, cost.R, cost.P, length);

    private static int SmallestLog2Above(ulong limit)
    {
        var log2 = 1;
        while (log2 < 63 && (1UL << log2) <= limit)
            log2++;
        return log2;
    }
}

/// <summary>A scrypt cost as libsodium (and a minisign key file) states it.</summary>
public readonly record struct ScryptLimits(ulong OpsLimit, ulong MemLimit);
