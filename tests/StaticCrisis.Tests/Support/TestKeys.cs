using StaticCrisis.Core.Integrity;

namespace StaticCrisis.Tests.Support;

/// <summary>A minisign key pair in a temp folder, as keygen writes it, at the cheap "interactive" scrypt cost so tests stay quick.</summary>
public sealed class TestKeys : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestKeys()
    {
        Key = MinisignSecretKey.Generate();
        File.WriteAllText(SecretKeyFile, MinisignSecretKeyFile.Write(Key, Passphrase, MinisignScrypt.Interactive));
        File.WriteAllText(PublicKeyFile, Key.PublicKey.ToFileText());
    }

    public string Passphrase => "korrekt häst batteri";

    public MinisignSecretKey Key { get; }

    public string PublicKeyBase64 => Key.PublicKey.ToBase64();

    public string SecretKeyFile => _folder.Combine("staticcrisis.key");

    public string PublicKeyFile => _folder.Combine("staticcrisis.pub");

    public void Dispose() => _folder.Dispose();
}
