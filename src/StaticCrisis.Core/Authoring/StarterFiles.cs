using System.Reflection;

namespace StaticCrisis.Core.Authoring;

/// <summary>
/// The starter site and the texts of <c>staticcrisis new</c>, per language, embedded in this assembly from the
/// repository's <c>starter/&lt;language&gt;/</c> folder: <c>site/</c> is what init writes, <c>new-update.md</c> the body of a new update.
/// </summary>
public static class StarterFiles
{
    private const string Prefix = "starter/";

    private static readonly Assembly Assembly = typeof(StarterFiles).Assembly;

    // Every command asks for the languages when the command line is set up, so these are plain loops: the LINQ
    // they replace cost several milliseconds of every start.
    private static readonly string[] Names = SortedNames();

    /// <summary>
    /// The note on themes is for whoever changes the templates (Razor, CSS), not for residents or the writer:
    /// a language whose starter has none of its own gets English's.
    /// </summary>
    private const string ThemesNote = "themes/README.md";

    /// <summary>The languages with a starter site: every language of the built-in theme.</summary>
    public static IReadOnlyList<string> Languages { get; } = LanguagesOf(Names);

    /// <summary>Every file of the starter site in <paramref name="language"/>, by path relative to the site folder.</summary>
    public static IEnumerable<(string Path, string Text)> Site(string language)
    {
        var own = Files(language).ToList();
        if (language != "en" && own.All(file => file.Path != ThemesNote))
            own.AddRange(Files("en").Where(file => file.Path == ThemesNote));
        return own;
    }

    private static IEnumerable<(string Path, string Text)> Files(string language)
    {
        var folder = $"{Prefix}{language}/site/";
        return Names.Where(name => name.StartsWith(folder, StringComparison.Ordinal)).Select(name => (name[folder.Length..], Read(name)));
    }

    /// <summary>A text of the language, or of English when the language has none (a site in a language init does not offer).</summary>
    public static string Text(string language, string name) =>
        Names.Contains($"{Prefix}{language}/{name}") ? Read($"{Prefix}{language}/{name}") : Read($"{Prefix}en/{name}");

    private static string Read(string normalizedName)
    {
        var resource = Assembly.GetManifestResourceNames().First(name => Normalize(name) == normalizedName);
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string[] SortedNames()
    {
        var names = new List<string>();
        foreach (var name in Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal))
                names.Add(Normalize(name));
        }
        names.Sort(StringComparer.Ordinal);
        return [.. names];
    }

    private static string[] LanguagesOf(string[] names)
    {
        var languages = new List<string>();
        foreach (var name in names)
        {
            var end = name.IndexOf('/', Prefix.Length);
            var language = end < 0 ? name[Prefix.Length..] : name[Prefix.Length..end];
            if (!languages.Contains(language))
                languages.Add(language);
        }
        languages.Sort(StringComparer.Ordinal);
        return [.. languages];
    }

    // MSBuild's RecursiveDir uses the build machine's separator.
    private static string Normalize(string name) => name.Replace('\\', '/');
}
