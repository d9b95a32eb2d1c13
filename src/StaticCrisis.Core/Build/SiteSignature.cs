using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build;

/// <summary>The build's last step when given a key: the manifest signed, if the key is the one site.yml names.</summary>
public static class SiteSignature
{
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
        return ManifestSigner.Sign(manifest, key, new ManifestComment(config.BaseUrl, config.Title, when is { } moment ? site.Local(moment) : null));
    }
}
