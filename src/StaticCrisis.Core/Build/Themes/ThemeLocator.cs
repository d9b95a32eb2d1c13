using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Build.Themes;

/// <summary>Finds a theme: the site's own <c>themes/&lt;name&gt;/</c> first, then the themes shipped beside the tool.</summary>
public static class ThemeLocator
{
    /// <summary>Where the built-in themes live: beside the tool's assembly (copied there at build, pack and publish).</summary>
    public static string BuiltInThemesDirectory => Path.Combine(AppContext.BaseDirectory, "themes");

    public static Theme? Find(string siteDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        string[] candidates = [Path.Combine(siteDirectory, "themes"), BuiltInThemesDirectory];
        if (IsSafeName(config.Theme))
        {
            foreach (var root in candidates)
            {
                var directory = Path.Combine(root, config.Theme);
                if (!Directory.Exists(Path.Combine(directory, "templates")))
                    continue;
                // A site's own theme is checked whole before the template engine reads any of it: it would open a named
                // pipe or follow a link out of the site as readily as a template.
                var errorsBefore = diagnostics.ErrorCount;
                var files = new SourceFiles(root == BuiltInThemesDirectory ? directory : siteDirectory);
                files.Under(directory, diagnostics);
                return diagnostics.ErrorCount == errorsBefore ? new Theme(config.Theme, Path.GetFullPath(directory)) { Files = files } : null;
            }
        }
        diagnostics.Add(Problems.ThemeUnknown(config.LocationOf("theme"), config.Theme, ["themes/" + config.Theme, "the built-in themes (" + string.Join(", ", BuiltInNames()) + ")"]));
        return null;
    }

    private static IEnumerable<string> BuiltInNames() =>
        Directory.Exists(BuiltInThemesDirectory)
            ? Directory.EnumerateDirectories(BuiltInThemesDirectory).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)
            : [];

    private static bool IsSafeName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !name.StartsWith('.');
}
