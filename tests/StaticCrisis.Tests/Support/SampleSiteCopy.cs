using System.Text.RegularExpressions;

namespace StaticCrisis.Tests.Support;

/// <summary>The sample site copied to a temp folder with some site.yml settings changed, e.g. another UI language.</summary>
public sealed class SampleSiteCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleSiteCopy(IReadOnlyDictionary<string, string> settings)
    {
        CopyDirectory(Path.Combine(RepoPaths.SampleSite, "content"), _folder.Combine("content"));
        var config = File.ReadAllText(Path.Combine(RepoPaths.SampleSite, "site.yml"));
        if (settings.TryGetValue("language", out var language) && language != "sv")
            config = InOneLanguage(config);
        foreach (var (key, value) in settings)
        {
            var pattern = new Regex($"^{key}:.*$", RegexOptions.Multiline);
            config = pattern.IsMatch(config) ? pattern.Replace(config, $"{key}: {value}") : config + $"\n{key}: {value}\n";
        }
        File.WriteAllText(_folder.Combine("site.yml"), config);
    }

    /// <summary>
    /// The sample in its main language alone, as the site of another main language: without 'languages:' and without the
    /// translations (x.en.md), which would otherwise be translations into the new main language.
    /// </summary>
    private string InOneLanguage(string config)
    {
        var codes = new List<string>();
        foreach (Match item in Regex.Matches(config, @"^  - code: (\w+)", RegexOptions.Multiline))
            codes.Add(item.Groups[1].Value);
        foreach (var file in System.IO.Directory.EnumerateFiles(_folder.Combine("content"), "*.md", SearchOption.AllDirectories).ToList())
        {
            if (codes.Any(code => file.EndsWith("." + code + ".md", StringComparison.Ordinal)))
                File.Delete(file);
        }
        return Regex.Replace(config, @"^languages:\n(?:(?:[ \t]+[^\n]*|#[^\n]*)?\n)*", "", RegexOptions.Multiline);
    }

    public string Directory => _folder.Path;

    public string Output => _folder.Combine("public");

    /// <summary>
    /// Gives the site its own copy of the built-in theme with one more template that no page uses: the same pages, but
    /// another fingerprint, so the theme is compiled at run time (and cached) like any site's own theme.
    /// </summary>
    public void UseOwnCopyOfTheBuiltInTheme()
    {
        var theme = _folder.Combine("themes", "default");
        CopyDirectory(Path.Combine(RepoPaths.Root, "themes", "default"), theme);
        File.WriteAllText(Path.Combine(theme, "templates", "unused.cshtml"), "@model StaticCrisis.Core.Templates.Pages.Page\n");
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _folder.Dispose();
}
