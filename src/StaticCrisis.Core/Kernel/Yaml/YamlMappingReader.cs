using System.Globalization;
using StaticCrisis.Core.Kernel.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Kernel.Yaml;

/// <summary>
/// Typed, located access to the keys of one YAML mapping. A value of the wrong type is reported
/// (naming the key, what was found and what is allowed) and read as absent, so one bad field never hides the others.
/// </summary>
public sealed class YamlMappingReader
{
    private readonly YamlMappingNode _mapping;
    private readonly YamlSource _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _prefix;

    public YamlMappingReader(YamlMappingNode mapping, YamlSource source, DiagnosticBag diagnostics, string prefix = "")
    {
        _mapping = mapping;
        _source = source;
        _diagnostics = diagnostics;
        _prefix = prefix;
    }

    public SourceLocation Location => _source.At(_mapping);

    public YamlSource Source => _source;

    public DiagnosticBag Diagnostics => _diagnostics;

    public YamlNode? Node(string key) =>
        _mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode scalar && scalar.Value == key).Value;

    public SourceLocation LocationOf(string key) => Node(key) is { } node ? _source.At(node) : Location;

    public string Name(string key) => _prefix + key;

    /// <summary>A plain-text scalar. Empty strings count as missing when <paramref name="required"/>.</summary>
    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required)
                _diagnostics.Add(Problems.RequiredMissing(_source, Location, Name(key)));
            return null;
        }
        if (node is YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow })
        {
            // "summary: [FYLL I: när]": the writer meant a text with brackets in it.
            _diagnostics.Add(Problems.YamlBracketValue(_source, _source.At(node), Name(key), YamlScalar.Quote(_source.RestOfLine(node.Start).TrimEnd())));
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            _diagnostics.Add(Problems.WrongType(_source, _source.At(node), Name(key), YamlShapes.Describe(node), YamlShapes.Text));
            return null;
        }
        var value = scalar.Value ?? "";
        if (required && string.IsNullOrWhiteSpace(value))
        {
            _diagnostics.Add(Problems.RequiredEmpty(_source, _source.At(node), Name(key)));
            return null;
        }
        return value;
    }

    public bool? Flag(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
            return null;
        if (node is YamlScalarNode { Value: { } text } && IsPlain(node))
        {
            switch (text.ToLowerInvariant())
            {
                case "true": case "yes": case "on": return true;
                case "false": case "no": case "off": return false;
            }
        }
        _diagnostics.Add(Problems.WrongType(_source, _source.At(node), Name(key), YamlShapes.Describe(node), YamlShapes.TrueOrFalse));
        return null;
    }

    public int? Number(string key, int min, int max)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
            return null;
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min && value <= max)
                return value;
            _diagnostics.Add(Problems.OutOfRange(_source, _source.At(node), Name(key), value, min, max));
            return null;
        }
        _diagnostics.Add(Problems.WrongType(_source, _source.At(node), Name(key), YamlShapes.Describe(node), YamlShapes.WholeNumber));
        return null;
    }

    public YamlMappingReader? Mapping(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
            return null;
        if (node is YamlMappingNode mapping)
            return new YamlMappingReader(mapping, _source, _diagnostics, Name(key) + ".");
        if (node is YamlSequenceNode { Style: not YamlDotNet.Core.Events.SequenceStyle.Flow })
        {
            // "services:\n  - vatten: down": '-' in front of lines that should be keys.
            _diagnostics.Add(Problems.YamlListWhereKeysBelong(_source, _source.At(node), Name(key)));
            return null;
        }
        _diagnostics.Add(Problems.WrongType(_source, _source.At(node), Name(key), YamlShapes.Describe(node), YamlShapes.Mapping));
        return null;
    }

    public YamlSequenceNode? Sequence(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
            return null;
        if (node is YamlSequenceNode sequence)
            return sequence;
        _diagnostics.Add(Problems.WrongType(_source, _source.At(node), Name(key), YamlShapes.Describe(node), YamlShapes.List));
        return null;
    }

    /// <summary>A list of mappings (such as 'services'); an item that is not a mapping is reported and skipped.</summary>
    /// <param name="expected">The keys each item has, such as "'id' and 'name'".</param>
    public IEnumerable<YamlMappingReader> MappingList(string key, string expected)
    {
        if (Sequence(key) is not { } sequence)
            yield break;
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
                yield return new YamlMappingReader(mapping, _source, _diagnostics, Name(key) + ".");
            else
                _diagnostics.Add(Problems.WrongType(_source, _source.At(item), Name(key) + " item", YamlShapes.Describe(item), YamlShapes.MappingWith(expected)));
        }
    }

    /// <summary>A list of texts; a single text is accepted as a list of one, as writers often forget the brackets.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
            return [];
        if (node is YamlScalarNode { Value: { } single })
            return string.IsNullOrWhiteSpace(single) ? [] : [single];
        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Add(Problems.WrongType(_source, _source.At(node), Name(key), YamlShapes.Describe(node), YamlShapes.ListOfTexts));
            return [];
        }
        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text })
                items.Add(text);
            else
                _diagnostics.Add(Problems.WrongType(_source, _source.At(item), Name(key) + " item", YamlShapes.Describe(item), YamlShapes.Text));
        }
        return items;
    }

    /// <summary>Each key and its value node, in the order written; non-text keys are reported.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries()
    {
        foreach (var (keyNode, value) in _mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key })
                yield return (key, keyNode, value);
            else
                _diagnostics.Add(Problems.WrongType(_source, _source.At(keyNode), _prefix.TrimEnd('.') + " key", YamlShapes.Describe(keyNode), YamlShapes.Text));
        }
    }

    /// <summary>Keys nobody reads are usually typos: warn, and suggest the nearest known key.</summary>
    /// <param name="serviceIds">Ids of the site's services: such a key was meant to be indented under 'services:'.</param>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, IReadOnlyCollection<string>? serviceIds = null)
    {
        foreach (var (key, keyNode, _) in Entries())
        {
            if (known.Contains(key))
                continue;
            if (serviceIds?.Contains(key) == true)
            {
                _diagnostics.Add(Problems.UnknownKeyIsAService(_source, _source.At(keyNode), Name(key)));
                continue;
            }
            var suggestion = Suggestions.Nearest(key, known);
            _diagnostics.Add(Problems.UnknownKey(_source, _source.At(keyNode), Name(key), suggestion is null ? null : _prefix + suggestion));
        }
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && IsPlain(node) && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    private static bool IsPlain(YamlNode node) =>
        node is YamlScalarNode scalar && scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;

}
