namespace StaticCrisis.Core.Templates;

/// <summary>
/// Where compiled templates are kept between runs, so a build with an unchanged theme never starts the C# compiler
/// (about 1.5 s of every run otherwise). One folder per tool build and per template contents: a new tool version or
/// an edited template gets a fresh folder, and nothing compiled against old model types is ever loaded.
/// </summary>
public static class TemplateCache
{
    /// <summary>STATICCRISIS_CACHE, else $XDG_CACHE_HOME/staticcrisis, else ~/.cache/staticcrisis; null when none can be used.</summary>
    public static string? Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("STATICCRISIS_CACHE");
            if (!string.IsNullOrWhiteSpace(configured))
                return configured == "off" ? null : configured;
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (!string.IsNullOrWhiteSpace(xdg))
                return Path.Combine(xdg, "staticcrisis");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "staticcrisis");
        }
    }

    /// <summary>The folder for one theme's compiled templates, created; null when the cache is off or not writable.</summary>
    public static string? FolderFor(string templatesFingerprint)
    {
        if (Root is not { } root)
            return null;
        var toolBuild = typeof(TemplateCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16];
        var folder = Path.Combine(root, "templates", toolBuild, templatesFingerprint[..32]);
        try
        {
            Directory.CreateDirectory(folder);
            return folder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
