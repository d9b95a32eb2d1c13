using StaticCrisis.Core.Build.Checks;
using StaticCrisis.Core.Build.Configuration;
using StaticCrisis.Core.Build.Output;
using StaticCrisis.Core.Build.Site;
using StaticCrisis.Core.Features.Accessibility;
using StaticCrisis.Core.Features.Cap;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// <c>SHA256SUMS.minisig</c>: the build's manifest signed with the site's secret key, in minisign's format, so anyone can
/// check a copy with <c>staticcrisis verify</c> or with <c>minisign -V</c> and <c>sha256sum -c</c>.
/// </summary>
public static class ManifestSigner
{
    public const string FileName = Sha256Sums.FileName + ".minisig";

    /// <summary>
    /// The signature file, or null (with an error) when the key is not the site's. <paramref name="time"/> is the time the
    /// signature names (SOURCE_DATE_EPOCH when set), else the newest update's: never the clock, so builds stay reproducible.
    /// </summary>
    public static OutputFile? Sign(OutputFile manifest, SiteModel site, MinisignSecretKey key, DateTimeOffset? time, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        if (config.SigningPublicKey is null)
            diagnostics.Add(Problems.SigningKeyNotInSite(new SourceLocation(SiteConfigLoader.FileName), key.PublicKey.ToBase64()));
        else if (MinisignPublicKey.TryParse(config.SigningPublicKey, out var sitesKey) && !sitesKey!.SameAs(key.PublicKey))
        {
            diagnostics.Add(Problems.SigningKeyNotTheSites(config.LocationOf("signing"), key.PublicKey.KeyIdHex, sitesKey.KeyIdHex));
            return null;
        }
        var when = time ?? site.LastChanged;
        var comment = new ManifestComment(config.BaseUrl, config.Title, when is { } moment ? site.Local(moment) : null);
        var signature = MinisignSignature.Create(key, manifest.Content!, comment.Format(), $"signature from staticcrisis secret key {key.PublicKey.KeyIdHex}");
        return OutputFile.FromText(FileName, signature.ToFileText());
    }
}
