using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Authoring;

/// <summary>
/// A prepared message in the site's <c>templates/</c> folder: its front matter gives a new update's summary, severity,
/// pinning, services and tags (title and date come from <c>staticcrisis new</c>), its body the text with placeholders.
/// </summary>
public sealed record UpdateTemplate(string Name, string? Summary, Severity? Severity, bool Pinned, IReadOnlyList<ServiceChange> Services, IReadOnlyList<string> Tags, string Body)
{
    public const string Folder = "templates";

    /// <summary>Names of the site's templates: the .md files of templates/, without extension.</summary>
    public static IReadOnlyList<string> Names(string siteDirectory)
    {
        var folder = Path.Combine(siteDirectory, Folder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.md").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Reads templates/NAME.md; null when there is none or it has errors (reported where they are in the file).</summary>
    public static UpdateTemplate? Load(string siteDirectory, string name, SiteConfig config, DiagnosticBag diagnostics)
    {
        var bare = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        var known = Names(siteDirectory);
        if (!known.Contains(bare, StringComparer.Ordinal))
        {
            diagnostics.Add(Problems.UpdateTemplateUnknown(bare, known));
            return null;
        }
        var path = $"{Folder}/{bare}.md";
        if (!new SourceFiles(siteDirectory).IsReadable(Path.Combine(siteDirectory, path), diagnostics))
            return null;
        var text = SourceText.Decode(File.ReadAllBytes(Path.Combine(siteDirectory, path)), path, diagnostics);
        if (text is null)
            return null;
        if (FrontMatter.TrySplit(text, out var frontMatter) != FrontMatter.SplitResult.Ok)
            return new UpdateTemplate(bare, null, null, false, [], [], text);

        var errorsBefore = diagnostics.ErrorCount;
        var source = new YamlSource(path, frontMatter!.Yaml, frontMatter.YamlLine - 1, ProblemArea.Content);
        if (source.Parse(diagnostics) is not YamlMappingNode mapping)
            return diagnostics.ErrorCount > errorsBefore ? null : new UpdateTemplate(bare, null, null, false, [], [], frontMatter.Body);
        var yaml = new YamlMappingReader(mapping, source, diagnostics);
        var summary = yaml.Text("summary");
        var severity = UpdateParser.ReadSeverity(yaml);
        var pinned = yaml.Flag("pinned") ?? false;
        var services = UpdateParser.ReadServices(yaml, config);
        var tags = yaml.StringList("tags");
        return diagnostics.ErrorCount > errorsBefore ? null : new UpdateTemplate(bare, summary, severity, pinned, services, tags, frontMatter.Body);
    }
}
