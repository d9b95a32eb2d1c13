using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticCrisis.Core.Build;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// A whole site written as one text block, Hugo-style:
/// <code>
/// -- site.yml --
/// title: ...
/// -- content/updates/a.md --
/// ---
/// </code>
/// written to a temp folder, built, and its output queried with AngleSharp.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 4, 1, 12, 0, 0, TimeSpan.FromHours(2));

    public const string MinimalConfig = """
        title: "Testkommun"
        baseUrl: "https://kris.example.org/info/"
        services:
          - { id: epost, name: "E-post" }
          - { id: lon, name: "Lön" }
        accessibility:
          organisation: "Testkommun"
          compliance: full
          assessed: 2026-03-01
          method: self-assessment
          email: "tillganglighet@kris.example.org"
        """;

    /// <summary>A good site with one update, for tests of the commands rather than of content.</summary>
    public const string OneUpdate = $"""
        -- site.yml --
        {MinimalConfig}
        -- content/updates/2026-03-02-start.md --
        ---
        title: "Start"
        date: 2026-03-02T08:00:00+01:00
        ---
        Text med [en rubrik längre ner](#sist).

        ## Sist
        """;

    private readonly TempFolder _folder = new();

    public TestSite(string files)
    {
        foreach (var (path, text) in Txtar.Parse(files))
            Write(path, text);
    }

    public string Directory => _folder.Path;

    public string Output => _folder.Combine("public");

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The built-in theme copied into the site's themes/ as <paramref name="name"/>, to change as a site's own.</summary>
    public void CopyBuiltInTheme(string name)
    {
        var from = Path.Combine(StaticCrisis.Core.Build.Themes.ThemeLocator.BuiltInThemesDirectory, "default");
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            WriteBytes(Path.Combine("themes", name, Path.GetRelativePath(from, file)), File.ReadAllBytes(file));
    }

    public BuildResult Build(bool drafts = false, bool future = false, bool strict = false) =>
        SiteBuilder.Build(new BuildRequest { SiteDirectory = Directory, IncludeDrafts = drafts, IncludeFuture = future, Strict = strict, Now = Now });

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public IDocument Page(string relativePath) => new HtmlParser().ParseDocument(ReadOutput(relativePath));

    /// <summary>Diagnostics as the tool prints them, one string each.</summary>
    public static IReadOnlyList<string> Lines(BuildResult result) => [.. result.Diagnostics.Sorted().Select(d => d.ToString())];

    public void Dispose() => _folder.Dispose();
}
