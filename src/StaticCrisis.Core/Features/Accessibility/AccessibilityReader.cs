using System.Globalization;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Features.Accessibility;

/// <summary>Reads the 'accessibility' block of site.yml; every missing or invalid item is a located error.</summary>
internal static class AccessibilityReader
{
    private static readonly string[] Keys =
        ["organisation", "siteName", "compliance", "assessed", "updated", "method", "assessor", "email", "phone", "problems", "disproportionateBurden", "outsideLaw"];

    private static readonly Dictionary<string, Compliance> Compliances = new(StringComparer.Ordinal)
    {
        ["full"] = Compliance.Full,
        ["partial"] = Compliance.Partial,
        ["none"] = Compliance.None,
    };

    private static readonly Dictionary<string, AssessmentMethod> Methods = new(StringComparer.Ordinal)
    {
        ["self-assessment"] = AssessmentMethod.SelfAssessment,
        ["third-party"] = AssessmentMethod.ThirdParty,
    };

    /// <summary>Null when the block is absent or has errors (then reported).</summary>
    public static AccessibilityStatement? Read(YamlMappingReader site)
    {
        if (site.Mapping("accessibility") is not { } yaml)
            return null;
        var errorsBefore = yaml.Diagnostics.ErrorCount;
        yaml.WarnUnknownKeys(Keys);

        var organisation = yaml.Text("organisation", required: true);
        var compliance = Choice(yaml, "compliance", Compliances, Problems.AccessibilityComplianceInvalid);
        var assessed = Date(yaml, "assessed", required: true);
        var updated = Date(yaml, "updated", required: false);
        var method = Choice(yaml, "method", Methods, Problems.AccessibilityMethodInvalid);
        var email = yaml.Text("email");
        var phone = yaml.Text("phone");
        if (string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone))
            yaml.Diagnostics.Add(Problems.AccessibilityContactMissing(site.LocationOf("accessibility")));
        if (!string.IsNullOrWhiteSpace(email) && !LooksLikeEmail(email.Trim()))
            yaml.Diagnostics.Add(Problems.AccessibilityEmailInvalid(yaml.LocationOf("email"), email));
        var errorsBeforeProblems = yaml.Diagnostics.ErrorCount;
        var problems = Items(yaml, "problems", reasonRequired: true);
        var problemsRead = yaml.Diagnostics.ErrorCount == errorsBeforeProblems;
        var burden = Items(yaml, "disproportionateBurden", reasonRequired: true);
        var outsideLaw = Items(yaml, "outsideLaw", reasonRequired: false);
        // A statement that admits shortcomings must say which: Digg's first question of any partial statement.
        if (compliance is Compliance.Partial or Compliance.None && problems.Count == 0 && problemsRead)
            yaml.Diagnostics.Add(Problems.AccessibilityProblemsMissing(yaml.LocationOf("compliance"), compliance.Value.ToString().ToLowerInvariant()));

        if (yaml.Diagnostics.ErrorCount > errorsBefore || organisation is null || compliance is null || assessed is null || method is null)
            return null;
        return new AccessibilityStatement
        {
            Organisation = Clean(organisation)!,
            SiteName = Clean(yaml.Text("siteName")),
            Compliance = compliance.Value,
            Assessed = assessed.Value,
            Updated = updated ?? assessed.Value,
            Method = method.Value,
            Assessor = Clean(yaml.Text("assessor")),
            Email = Clean(email),
            Phone = Clean(phone),
            Problems = problems,
            DisproportionateBurden = burden,
            OutsideLaw = outsideLaw,
            Unfinished = Placeholders(site.Node("accessibility")!, yaml.Source),
        };
    }

    /// <summary>The statement is a legal text residents rely on: a [FYLL I: …] left from init must not reach them unnoticed.</summary>
    private static Diagnostic? Placeholders(YamlNode block, YamlSource source)
    {
        var placeholders = block.AllNodes.OfType<YamlScalarNode>()
            .Where(scalar => scalar.Value is { } value && PlaceholderCheck.Markers.Any(marker => value.Contains(marker, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return placeholders.Count == 0 ? null : Problems.AccessibilityPlaceholderLeft(source.At(placeholders[0]), placeholders[0].Value!, placeholders.Count);
    }

    private static T? Choice<T>(YamlMappingReader yaml, string key, Dictionary<string, T> values, Func<SourceLocation, string, Diagnostic> invalid)
        where T : struct
    {
        var text = yaml.Text(key, required: true);
        if (text is null)
            return null;
        if (values.TryGetValue(text.Trim(), out var value))
            return value;
        yaml.Diagnostics.Add(invalid(yaml.LocationOf(key), text));
        return null;
    }

    private static DateOnly? Date(YamlMappingReader yaml, string key, bool required)
    {
        var text = yaml.Text(key, required);
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        yaml.Diagnostics.Add(Problems.AccessibilityDateInvalid(yaml.LocationOf(key), yaml.Name(key), text));
        return null;
    }

    private static List<InaccessibleContent> Items(YamlMappingReader yaml, string key, bool reasonRequired)
    {
        var items = new List<InaccessibleContent>();
        foreach (var item in yaml.MappingList(key, "'content' and 'reason'"))
        {
            item.WarnUnknownKeys(["content", "reason"]);
            var content = item.Text("content", required: true);
            var reason = item.Text("reason", reasonRequired);
            if (content is not null && (reason is not null || !reasonRequired))
                items.Add(new InaccessibleContent(Clean(content)!, Clean(reason)));
        }
        return items;
    }

    /// <summary>Something before and after one '@', no spaces: enough to catch a phone number or a name typed in the wrong field.</summary>
    private static bool LooksLikeEmail(string text) =>
        text.IndexOf('@', StringComparison.Ordinal) is var at && at > 0 && at < text.Length - 1 && text.LastIndexOf('@') == at && !text.Any(char.IsWhiteSpace);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : SourceText.Clean(text);
}
