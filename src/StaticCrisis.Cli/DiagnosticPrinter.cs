using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli;

/// <summary>Prints problems as <c>path(line,col): error CODE: message</c>, and as GitHub annotations when run in GitHub Actions.</summary>
public static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag diagnostics, TextWriter stderr, bool strict) =>
        Print(diagnostics, stderr, strict, Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true", Ui.Language);

    public static void Print(DiagnosticBag diagnostics, TextWriter stderr, bool strict, bool annotate, UiLanguage language = UiLanguage.English)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            var shown = Shown(diagnostic, strict);
            stderr.WriteLine(shown.ToString(language));
            if (annotate)
                stderr.WriteLine(Annotation(shown, language));
        }
    }

    /// <summary>The lines <see cref="Print"/> writes, for the preview's panel too.</summary>
    public static IReadOnlyList<string> Lines(DiagnosticBag diagnostics, bool strict, UiLanguage language) =>
        [.. diagnostics.Sorted().Select(diagnostic => Shown(diagnostic, strict).ToString(language))];

    private static Diagnostic Shown(Diagnostic diagnostic, bool strict) => diagnostic.AsErrorWhen(strict);

    /// <summary>A GitHub Actions workflow command: <c>::error file=…,line=…,col=…::message</c>.</summary>
    public static string Annotation(Diagnostic diagnostic, UiLanguage language = UiLanguage.English)
    {
        var kind = diagnostic.IsError ? "error" : "warning";
        var properties = new List<string>();
        if (diagnostic.Location is { } location)
        {
            properties.Add("file=" + EscapeProperty(location.Path));
            if (location.Line > 0)
            {
                properties.Add($"line={location.Line}");
                properties.Add($"col={Math.Max(location.Column, 1)}");
            }
        }
        properties.Add("title=" + EscapeProperty(diagnostic.Code));
        return $"::{kind} {string.Join(',', properties)}::{EscapeData(diagnostic.MessageIn(language))}";
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
