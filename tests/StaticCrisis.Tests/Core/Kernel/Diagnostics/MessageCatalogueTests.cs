using System.Reflection;
using System.Runtime.CompilerServices;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Yaml;

namespace StaticCrisis.Tests.Core.Kernel.Diagnostics;

/// <summary>
/// The catalogue of what the tool says is complete in both languages: every problem, every text the commands print and
/// every line of --help has a Swedish text that is there and is not the English one left untranslated.
/// </summary>
public class MessageCatalogueTests
{
    private static readonly YamlSource Source = new("content/updates/a.md", "title: x\n", 1, ProblemArea.Content);

    public static TheoryData<string> ProblemNames => [.. typeof(Problems).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(method => method.ReturnType == typeof(Diagnostic)).Select(method => method.Name).Distinct()];

    [Theory]
    [MemberData(nameof(ProblemNames))]
    public void Every_problem_says_it_in_swedish_too(string name)
    {
        foreach (var method in typeof(Problems).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(method => method.Name == name))
        {
            foreach (var arguments in Arguments(method))
            {
                var diagnostic = (Diagnostic)method.Invoke(null, arguments)!;
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.SwedishMessage), $"{name} has no Swedish text");
                Assert.NotEqual(diagnostic.Message, diagnostic.SwedishMessage);
                Assert.Equal(diagnostic.ToString().Split(':')[0], diagnostic.ToString(UiLanguage.Swedish).Split(':')[0]);
            }
        }
    }

    [Fact]
    public void Every_text_of_the_commands_and_of_help_says_it_in_swedish_too()
    {
        var checkedTexts = 0;
        foreach (var type in new[] { typeof(Texts), typeof(HelpTexts) })
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Static))
            {
                var texts = member switch
                {
                    FieldInfo { FieldType: var t } field when t == typeof(Said) => [(Said)field.GetValue(null)!],
                    PropertyInfo { PropertyType: var t } property when t == typeof(Said) => [(Said)property.GetValue(null)!],
                    MethodInfo { ReturnType: var t } method when t == typeof(Said) && !method.IsSpecialName => Arguments(method).Select(arguments => (Said)method.Invoke(null, arguments)!).ToList(),
                    _ => (List<Said>)[],
                };
                foreach (var text in texts)
                {
                    checkedTexts++;
                    // An empty pair is "nothing to say" (no updates left out), the same in both.
                    if (text.English.Length == 0)
                    {
                        Assert.Equal("", text.Swedish);
                        continue;
                    }
                    Assert.False(string.IsNullOrWhiteSpace(text.Swedish), $"{type.Name}.{member.Name} has no Swedish text");
                    Assert.True(text.English != text.Swedish, $"{type.Name}.{member.Name} is not translated: {text.English}");
                }
            }
        }
        Assert.True(checkedTexts > 100, $"only {checkedTexts} texts found");
    }

    /// <summary>Plausible arguments for each parameter; a bool or a count of 1 and of many, so each wording is reached.</summary>
    private static IEnumerable<object?[]> Arguments(MethodInfo method)
    {
        var parameters = method.GetParameters();
        foreach (var variant in (int[])[0, 1])
            yield return [.. parameters.Select(parameter => Sample(parameter.ParameterType, variant))];
    }

    private static object? Sample(Type type, int variant)
    {
        if (type == typeof(string)) return variant == 0 ? "x" : "vatten";
        if (type == typeof(int)) return variant == 0 ? 1 : 250;
        if (type == typeof(long)) return variant == 0 ? 1L : 2_000_000L;
        if (type == typeof(double)) return 12.5;
        if (type == typeof(bool)) return variant == 0;
        if (type == typeof(char)) return '@';
        if (type == typeof(TimeSpan)) return variant == 0 ? TimeSpan.FromHours(5) : TimeSpan.FromDays(400);
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2027, 4, 5, 8, 0, 0, TimeSpan.FromHours(1));
        if (type == typeof(SourceLocation) || type == typeof(SourceLocation?)) return new SourceLocation("content/updates/a.md", 2, 3);
        if (type == typeof(YamlSource) || type == typeof(IProblemSource)) return Source;
        if (type == typeof(Said) || type == typeof(Said?)) return new Said("a reason", "ett skäl");
        if (type == typeof(Uri)) return new Uri("https://kris.example.org/");
        if (type.IsAssignableFrom(typeof(string[]))) return variant == 0 ? new[] { "a" } : new[] { "epost", "lon", "vatten", "el" };
        if (type.IsEnum) return Enum.GetValues(type).GetValue(variant % Enum.GetValues(type).Length);
        if (Nullable.GetUnderlyingType(type) is { } inner) return Sample(inner, variant);
        if (type == typeof(StaticCrisis.Core.Features.Languages.LanguageReport))
            return new StaticCrisis.Core.Features.Languages.LanguageReport("en", ["content/updates/a.md"], [], [], variant == 0);
        if (type == typeof(StaticCrisis.Core.Site.UnpublishedUpdate))
            return new StaticCrisis.Core.Site.UnpublishedUpdate("content/updates/a.md", variant == 0, new DateTimeOffset(2027, 4, 5, 8, 0, 0, TimeSpan.FromHours(1)), TimeSpan.FromDays(3));
        if (type == typeof(IReadOnlyList<StaticCrisis.Core.Site.UnpublishedUpdate>))
            return new[] { (StaticCrisis.Core.Site.UnpublishedUpdate)Sample(typeof(StaticCrisis.Core.Site.UnpublishedUpdate), 0)!, (StaticCrisis.Core.Site.UnpublishedUpdate)Sample(typeof(StaticCrisis.Core.Site.UnpublishedUpdate), 1)! };
        return RuntimeHelpers.GetUninitializedObject(type);
    }
}
