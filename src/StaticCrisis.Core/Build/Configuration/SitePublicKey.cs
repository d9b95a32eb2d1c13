using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Configuration;

/// <summary>The site's own public key, from <c>signing.publicKey</c> in site.yml, which <c>verify</c> checks a copy with.</summary>
public static class SitePublicKey
{
    /// <summary>
    /// The key and the file it came from; (null, null) when the folder has no site.yml or site.yml names no key, which is
    /// not an error. When site.yml cannot be read, also (null, null), with its problems in <paramref name="diagnostics"/>.
    /// </summary>
    public static (MinisignPublicKey? Key, string? Source) Read(string siteDirectory, DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(siteDirectory, SiteConfigLoader.FileName)))
            return (null, null);
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics);
        if (config?.SigningPublicKey is null || !MinisignPublicKey.TryParse(config.SigningPublicKey, out var key))
            return (null, null);
        return (key, Path.Combine(siteDirectory, SiteConfigLoader.FileName).Replace('\\', '/'));
    }
}
