using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// <c>SHA256SUMS.minisig</c>: the build's manifest signed with the site's secret key, in minisign's format, so anyone can
/// check a copy with <c>staticcrisis verify</c> or with <c>minisign -V</c> and <c>sha256sum -c</c>.
/// </summary>
public static class ManifestSigner
{
    public const string FileName = Sha256Sums.FileName + ".minisig";

    /// <summary>The signature file; its trusted comment names the site, so a copy cannot pass for another site's.</summary>
    public static OutputFile Sign(OutputFile manifest, MinisignSecretKey key, ManifestComment comment)
    {
        var signature = MinisignSignature.Create(key, manifest.Content!, comment.Format(), $"signature from staticcrisis secret key {key.PublicKey.KeyIdHex}");
        return OutputFile.FromText(FileName, signature.ToFileText());
    }
}
