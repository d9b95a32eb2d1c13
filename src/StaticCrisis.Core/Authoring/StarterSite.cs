using System.Globalization;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Yaml;

namespace StaticCrisis.Core.Authoring;

/// <summary>
/// <c>staticcrisis init</c>: writes a site that builds as it is (site.yml with every option explained, a first update,
/// crisis templates, a note on themes). Never writes over anything: a folder with a site, or with any of the files, is refused whole.
/// </summary>
public static class StarterSite
{
    /// <summary>
    /// Every language the built-in theme has strings for. Each has starter files of its own (site.yml, the first update,
    /// the crisis templates); a language a theme adds without them gets the English ones, with the site's
    /// <c>language</c> set to it: its pages are in that language, its comments and templates in English.
    /// </summary>
    public static IReadOnlyList<string> Languages { get; } =
        [.. new Theme("default", Path.Combine(ThemeLocator.BuiltInThemesDirectory, "default")).Languages.Union(StarterFiles.Languages).Order(StringComparer.Ordinal)];

    /// <summary>Returns the files written, relative to the site folder, or null when refused (the reasons are in <paramref name="diagnostics"/>).</summary>
    public static IReadOnlyList<string>? Create(StarterRequest request, DiagnosticBag diagnostics)
    {
        var directory = Path.GetFullPath(request.Directory);
        if (!Languages.Contains(request.Language))
        {
            diagnostics.Add(Problems.StarterLanguageUnknown(request.Language, Languages));
            return null;
        }
        var starter = StarterFiles.Languages.Contains(request.Language) ? request.Language : "en";

        var timeZoneId = request.TimeZone ?? DefaultTimeZone(request.Language);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = YamlScalar.Quote(request.Title ?? StarterFiles.Text(starter, "default-title.txt").Trim()),
            ["baseUrl"] = YamlScalar.Quote(request.BaseUrl ?? DefaultBaseUrl(request.Language)),
            ["timezone"] = YamlScalar.Quote(timeZoneId),
        };
        var files = StarterFiles.Site(starter)
            .Select(file => (Path: file.Path, Text: Fill(file.Path == SiteConfigLoader.FileName && starter != request.Language
                ? file.Text.Replace($"\nlanguage: {starter}\n", $"\nlanguage: {request.Language}\n", StringComparison.Ordinal) : file.Text, values)))
            .ToList();

        // The settings must make a site that builds: check them as the build would, before writing anything.
        // {{day}} (the accessibility statement's date) is known only with the time zone: any date will do for the check.
        var siteYml = files.Single(file => file.Path == SiteConfigLoader.FileName).Text
            .Replace("{{day}}", request.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var config = SiteConfigLoader.Parse(siteYml, diagnostics, request.BaseUrl);
        if (config is null)
            return null;
        var firstDate = TimeZoneInfo.ConvertTime(request.Now, config.TimeZone);
        values["date"] = firstDate.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        values["day"] = firstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        files = [.. files.Select(file => (Fill(file.Path, values), Fill(file.Text, values)))];

        if (!IsFree(directory, files.Select(file => file.Path), diagnostics))
            return null;
        foreach (var (path, text) in files)
        {
            var fullPath = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            // CreateNew: should anything appear meanwhile, it is still not overwritten.
            using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(text);
        }
        return [.. files.Select(file => file.Path)];
    }

    private static bool IsFree(string directory, IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        string[] siteMarks = [SiteConfigLoader.FileName, "content/"];
        var taken = siteMarks.Where(mark => Path.Exists(Path.Combine(directory, mark.TrimEnd('/'))))
            .Concat(paths.Where(path => Path.Exists(Path.Combine(directory, path))))
            .Distinct()
            .ToList();
        if (taken.Count == 0)
            return true;
        diagnostics.Add(Problems.StarterWouldOverwrite(directory, taken));
        return false;
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (key, value) in values)
            text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        return text;
    }

    private static string DefaultBaseUrl(string language) => language == "sv" ? "https://kris.example.org/" : "https://crisis.example.org/";

    /// <summary>
    /// Swedish and Meänkieli sites are in Sweden; otherwise (Finnish, Sami, Arabic… are written on both sides of
    /// borders) this machine's zone, as an IANA id (the only kind site.yml accepts).
    /// </summary>
    private static string DefaultTimeZone(string language)
    {
        if (language is "sv" or "fit")
            return "Europe/Stockholm";
        var local = TimeZoneInfo.Local;
        if (local.HasIanaId && local.Id.Contains('/', StringComparison.Ordinal))
            return local.Id;
        return TimeZoneInfo.TryConvertWindowsIdToIanaId(local.Id, out var iana) && iana.Contains('/', StringComparison.Ordinal) ? iana : "UTC";
    }
}
