using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticCrisis.Core.Build;

namespace StaticCrisis.Tests.Support;

/// <summary>The repository's sample site (content/ + site.yml), built once into a temp folder and shared by the tests that read it.</summary>
public sealed class SampleSiteBuild : IDisposable
{
    /// <summary>The test classes that read the sample's build share one (<see cref="SampleSiteShared"/>).</summary>
    public const string Collection = "sample site build";

    /// <summary>After the sample's last update and before its scheduled one.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.FromHours(1));

    private readonly TempFolder _folder = new();

    public SampleSiteBuild()
    {
        Result = SiteBuilder.Build(new BuildRequest { SiteDirectory = RepoPaths.SampleSite, OutputDirectory = Output, Now = Now });
    }

    public BuildResult Result { get; }

    public string Output => _folder.Combine("public");

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public IDocument Page(string relativePath) => new HtmlParser().ParseDocument(Read(relativePath));

    /// <summary>The sample's other languages, each in its folder.</summary>
    public static readonly string[] LanguageFolders = ["lattlast/", "en/", "fi/", "fit/", "ar/"];

    /// <summary>The language folder a page of the output is in ("en/"), or "" for the main language's.</summary>
    public static string LanguageFolderOf(string path) => LanguageFolders.FirstOrDefault(folder => path.StartsWith(folder, StringComparison.Ordinal)) ?? "";

    /// <summary>The site's own pages, in every language: every HTML file except banner.html, which other sites show in an iframe.</summary>
    public IEnumerable<string> HtmlPages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(Output, path).Replace('\\', '/'))
            .Where(path => path != "banner.html" && !path.EndsWith("/banner.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public void Dispose() => _folder.Dispose();
}

/// <summary>The sample site is built once for every class in the collection, not once per class.</summary>
[CollectionDefinition(SampleSiteBuild.Collection)]
public sealed class SampleSiteShared : ICollectionFixture<SampleSiteBuild>;
