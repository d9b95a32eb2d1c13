using System.Text.RegularExpressions;
using StaticCrisis.Core.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Desk;

/// <summary>
/// An update as the desk's form has it: one text per field, named as the form names them ("title", "services.lon",
/// "planned.start", "body"). <see cref="From"/> reads a file's front matter as written; <see cref="Changes"/> turns what
/// the writer changed into the YAML of only those keys, for <see cref="FrontMatterEditor.Apply"/>.
/// </summary>
public static partial class UpdateForm
{
    /// <summary>Front matter keys the form edits as one text each, in the order the form shows them.</summary>
    public static readonly string[] TextFields = ["title", "summary", "date", "updated", "severity", "advice", "sms", "incident", "state", "nextUpdate", "replaces"];

    /// <summary>Keys shown as a checkbox: "true" when ticked, else empty.</summary>
    public static readonly string[] Flags = ["pinned", "draft"];

    public const string Tags = "tags";
    public const string Body = "body";
    public const string ServicePrefix = "services.";
    public const string PlannedPrefix = "planned.";
    private static readonly string[] PlannedParts = ["start", "end", "state"];

    /// <summary>The form's values for a file: empty texts for what it does not say.</summary>
    public static Dictionary<string, string> From(string text, IEnumerable<string> serviceIds)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = FrontMatterEditor.Read(text) ?? [];
        string Scalar(string key) => entries.FirstOrDefault(entry => entry.Key == key)?.Value is YamlScalarNode { Value: { } value } ? value : "";
        foreach (var field in TextFields)
            values[field] = Scalar(field);
        foreach (var flag in Flags)
            values[flag] = Scalar(flag) == "true" ? "true" : "";
        values[Tags] = entries.FirstOrDefault(entry => entry.Key == Tags)?.Value is YamlSequenceNode tags
            ? string.Join(", ", tags.Children.OfType<YamlScalarNode>().Select(tag => tag.Value))
            : Scalar(Tags);
        var services = entries.FirstOrDefault(entry => entry.Key == "services")?.Value as YamlMappingNode;
        foreach (var id in serviceIds)
            values[ServicePrefix + id] = services?.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var key } && key == id).Value is YamlScalarNode { Value: { } status } ? status : "";
        var planned = entries.FirstOrDefault(entry => entry.Key == "planned")?.Value as YamlMappingNode;
        foreach (var part in PlannedParts)
            values[PlannedPrefix + part] = planned?.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var key } && key == part).Value is YamlScalarNode { Value: { } value } ? value : "";
        values[Body] = FrontMatterEditor.Body(text) ?? "";
        return values;
    }

    /// <summary>
    /// The file as the writer left the form: only the keys whose value changed are rewritten (see
    /// <see cref="FrontMatterEditor"/>), so what the form does not show, or showed and was left alone, stays as written.
    /// </summary>
    public static string Apply(string text, IReadOnlyDictionary<string, string> edited, IEnumerable<string> serviceIds)
    {
        var ids = serviceIds.ToList();
        var original = From(text, ids);
        string Edited(string key) => Normalize(edited.GetValueOrDefault(key) ?? original.GetValueOrDefault(key) ?? "");
        bool Changed(string key) => Edited(key) != Normalize(original.GetValueOrDefault(key) ?? "");
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in TextFields.Where(Changed))
            changes[field] = Edited(field).Length == 0 ? null : Yaml(field, Edited(field));
        foreach (var flag in Flags.Where(Changed))
            changes[flag] = Edited(flag) == "true" ? "true" : null;
        if (Changed(Tags))
        {
            var tags = Edited(Tags).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            changes[Tags] = tags.Length == 0 ? null : "[" + string.Join(", ", tags.Select(PlainOrQuoted)) + "]";
        }
        if (ids.Any(id => Changed(ServicePrefix + id)))
        {
            // Services the form does not know (not in site.yml) stay in the mapping, in their place, for the build to report.
            var written = (FrontMatterEditor.Read(text) ?? []).FirstOrDefault(entry => entry.Key == "services")?.Value as YamlMappingNode;
            var order = written?.Children.Select(pair => (pair.Key as YamlScalarNode)?.Value).OfType<string>().ToList() ?? [];
            order.AddRange(ids.Where(id => !order.Contains(id)));
            var pairs = order.Select(id => (id, status: ids.Contains(id) ? Edited(ServicePrefix + id)
                    : written!.Children.First(pair => (pair.Key as YamlScalarNode)?.Value == id).Value is YamlScalarNode { Value: { } kept } ? kept : ""))
                .Where(pair => pair.status.Length > 0).ToList();
            changes["services"] = pairs.Count == 0 ? null : "{ " + string.Join(", ", pairs.Select(pair => $"{PlainOrQuoted(pair.id)}: {PlainOrQuoted(pair.status)}")) + " }";
        }
        if (PlannedParts.Any(part => Changed(PlannedPrefix + part)))
        {
            var parts = PlannedParts.Select(part => (part, value: Edited(PlannedPrefix + part))).Where(pair => pair.value.Length > 0).ToList();
            changes["planned"] = parts.Count == 0 ? null : "{ " + string.Join(", ", parts.Select(pair => $"{pair.part}: {PlainOrQuoted(pair.value)}")) + " }";
        }
        var body = Changed(Body) ? Edited(Body) : null;
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return FrontMatterEditor.Apply(text, changes, body?.Replace("\n", newline, StringComparison.Ordinal));
    }

    /// <summary>A browser sends a text area's lines with CRLF: compared and written with the file's own line ends.</summary>
    private static string Normalize(string value) => value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Texts written by people are quoted; times, names of states and ids stay plain where YAML reads them back the same.</summary>
    private static string Yaml(string field, string value) => field is "title" or "summary" or "advice" or "sms" or "replaces"
        ? YamlScalar.Quote(value)
        : PlainOrQuoted(value);

    private static string PlainOrQuoted(string value) => SafePlain().IsMatch(value) && value is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "~")
        ? value
        : YamlScalar.Quote(value);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}_.+\-]*(?:[T ][0-9:.+\-]+)?$")]
    private static partial Regex SafePlain();
}
