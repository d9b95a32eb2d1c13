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

    private static readonly IReadOnlyList<string> Names =
        [.. Assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)).Select(Normalize).Order(StringComparer.Ordinal)];

    /// <summary>The languages with a starter site: sv, en.</summary>
    public static IReadOnlyList<string> Languages { get; } =
        [.. Names.Select(name => name[Prefix.Length..].Split('/')[0]).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every file of the starter site in <paramref name="language"/>, by path relative to the site folder.</summary>
    public static IEnumerable<(string Path, string Text)> Site(string language)
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

    // MSBuild's RecursiveDir uses the build machine's separator.
    private static string Normalize(string name) => name.Replace('\\', '/');
}
