using StaticCrisis.Core.Kernel.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Kernel.Yaml;

/// <summary>The kinds of value a key may want, and what was found instead, named in both languages for messages.</summary>
public static class YamlShapes
{
    public static readonly Said Text = new("a text", "en text");
    public static readonly Said TrueOrFalse = new("true or false", "true eller false");
    public static readonly Said WholeNumber = new("a whole number", "ett heltal");
    public static readonly Said Mapping = new("'key: value' lines indented under it", "rader med 'nyckel: värde' indragna under sig");
    public static readonly Said List = new("a list", "en lista");
    public static readonly Said ListOfTexts = new("a list of texts", "en lista med texter");
    public static readonly Said Status = new("one of operational, degraded, manual, down", "en av operational, degraded, manual, down");

    public static Said MappingWith(string keys) => new($"a mapping with {keys}", $"en mappning med {keys.Replace(" and ", " och ", StringComparison.Ordinal).Replace(" or ", " eller ", StringComparison.Ordinal)}");

    public static Said Describe(YamlNode node) => node switch
    {
        YamlMappingNode => new("a mapping", "en mappning"),
        YamlSequenceNode => new("a list", "en lista"),
        YamlScalarNode { Value: var value } => new($"\"{Truncate(value ?? "")}\"", $"\"{Truncate(value ?? "")}\""),
        _ => new("an alias", "ett alias"),
    };

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
