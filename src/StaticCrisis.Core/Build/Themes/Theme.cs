using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Build.Themes;

/// <summary>
/// A theme folder: <c>templates/</c> (Razor), <c>assets/</c> (copied to the output root) and <c>strings/&lt;language&gt;.yml</c>.
/// </summary>
public sealed record Theme(string Name, string Directory)
{
    /// <summary>How the theme's files are looked at: from the site folder for a site's own theme, else from the theme's.</summary>
    public SourceFiles Files { get; init; } = new(Directory);

    public string TemplatesDirectory => Path.Combine(Directory, "templates");

    public string AssetsDirectory => Path.Combine(Directory, "assets");

    public string StringsDirectory => Path.Combine(Directory, "strings");

    public IEnumerable<string> Languages =>
        System.IO.Directory.Exists(StringsDirectory)
            ? System.IO.Directory.EnumerateFiles(StringsDirectory, "*.yml").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)
            : [];
}
