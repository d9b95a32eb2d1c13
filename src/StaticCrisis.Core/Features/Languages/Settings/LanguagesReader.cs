using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Features.Languages.Settings;

/// <summary>
/// Reads <c>languages:</c>: each item a code ("en"), or a mapping with the code and the site's words in that language:
/// <c>{ code: en, title: …, description: …, services: { id: name }, advice: { id: text }, contact: { "Swedish label": label },
/// tags: { tag: name }, cap: { event: …, areaDesc: … } }</c>.
/// </summary>
public static class LanguagesReader
{
    private static readonly string[] ItemKeys = ["code", "title", "description", "services", "advice", "contact", "tags", "cap"];

    private static readonly string[] CapKeys = ["event", "areaDesc"];

    /// <param name="main">The code of 'language:', published at the root.</param>
    public static IReadOnlyList<PublishedLanguage> Read(YamlMappingReader yaml, string main, IReadOnlyList<string> serviceIds, IReadOnlyList<string> contactLabels)
    {
        var languages = new List<PublishedLanguage>();
        if (yaml.Sequence("languages") is not { } sequence)
            return languages;
        foreach (var item in sequence.Children)
        {
            var (code, location, details) = item switch
            {
                YamlScalarNode { Value: { } text } => (text.Trim(), yaml.Source.At(item), (YamlMappingReader?)null),
                YamlMappingNode mapping when new YamlMappingReader(mapping, yaml.Source, yaml.Diagnostics, "languages.") is var reader =>
                    (reader.Text("code", required: true)?.Trim(), reader.LocationOf("code"), reader),
                _ => (null, yaml.Source.At(item), null),
            };
            if (item is not (YamlScalarNode or YamlMappingNode))
                yaml.Diagnostics.Add(Problems.WrongType(yaml.Source, location, "languages item", YamlShapes.Describe(item), YamlShapes.MappingWith("'code' and the site's words in it")));
            details?.WarnUnknownKeys(ItemKeys);
            if (code is null)
                continue;
            if (KnownLanguages.Find(code) is not { } known)
            {
                yaml.Diagnostics.Add(Problems.LanguageCodeUnknown(location, code, KnownLanguages.Suggest(code)));
                continue;
            }
            if (code == main)
            {
                yaml.Diagnostics.Add(Problems.LanguageIsMain(location, code));
                continue;
            }
            if (languages.FirstOrDefault(other => other.Code == code) is { } first)
            {
                yaml.Diagnostics.Add(Problems.LanguageListedTwice(location, code, first.Location.Line));
                continue;
            }
            languages.Add(new PublishedLanguage(known, location)
            {
                Folder = code + "/",
                Title = details?.Text("title") is { } title ? SourceText.Clean(title) : null,
                Description = details?.Text("description") is { } description ? SourceText.Clean(description) : null,
                ServiceNames = details is null ? new Dictionary<string, string>() : Words(details, "services", serviceIds, Problems.LanguageServiceUnknown),
                ServiceAdvice = details is null ? new Dictionary<string, string>() : Words(details, "advice", serviceIds, Problems.LanguageServiceUnknown),
                ContactLabels = details is null ? new Dictionary<string, string>() : Words(details, "contact", contactLabels, Problems.LanguageContactUnknown),
                TagNames = details is null ? new Dictionary<string, string>() : Words(details, "tags", null, Problems.LanguageServiceUnknown),
                Cap = details is null ? null : CapWords(details),
            });
        }
        return languages;
    }

    /// <summary>'cap: { event, areaDesc }': the words of the language's &lt;info&gt; in CAP messages.</summary>
    private static LanguageCapWords? CapWords(YamlMappingReader item)
    {
        if (item.Mapping("cap") is not { } cap)
            return null;
        cap.WarnUnknownKeys(CapKeys);
        string? Clean(string key) => cap.Text(key) is { } text && SourceText.Clean(text) is { Length: > 0 } clean ? clean : null;
        return new LanguageCapWords(Clean("event"), Clean("areaDesc"));
    }

    /// <summary>A mapping of the site's own keys (service ids, contact labels; any tag) to words in this language.</summary>
    private static Dictionary<string, string> Words(YamlMappingReader item, string key, IReadOnlyList<string>? keys,
        Func<SourceLocation, string, string?, Diagnostic> unknown)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        if (item.Mapping(key) is not { } mapping)
            return words;
        foreach (var (name, keyNode, value) in mapping.Entries())
        {
            if (keys is not null && !keys.Contains(name, StringComparer.Ordinal))
            {
                item.Diagnostics.Add(unknown(item.Source.At(keyNode), name, Suggestions.Nearest(name, keys)));
                continue;
            }
            if (value is YamlScalarNode { Value: { } text } && SourceText.Clean(text) is { Length: > 0 } clean)
                words[name] = clean;
            else
                item.Diagnostics.Add(Problems.WrongType(item.Source, item.Source.At(value), mapping.Name(name), YamlShapes.Describe(value), YamlShapes.Text));
        }
        return words;
    }
}
