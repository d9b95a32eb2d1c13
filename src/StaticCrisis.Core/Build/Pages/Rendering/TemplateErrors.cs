using RazorLight.Compilation;

namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>Turns RazorLight's compilation failure into template file, line and message, without the generated C#.</summary>
public static class TemplateErrors
{
    public sealed record TemplateError(string File, int Line, int Column, string Message);

    /// <summary>Razor syntax errors, found before any C# is compiled.</summary>
    public static IReadOnlyList<TemplateError> Describe(RazorLight.Generation.TemplateGenerationException exception, string template)
    {
        var errors = exception.Diagnostics
            .Select(diagnostic => new TemplateError(
                string.IsNullOrEmpty(diagnostic.Span.FilePath) ? template : Path.GetFileName(diagnostic.Span.FilePath),
                diagnostic.Span.LineIndex + 1,
                diagnostic.Span.CharacterIndex + 1,
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (errors.Count == 0)
            errors.Add(new TemplateError(template, 0, 0, exception.Message.Split('\n')[0].Trim()));
        return errors;
    }

    /// <summary>C# errors in a template's code.</summary>
    public static IReadOnlyList<TemplateError> Describe(TemplateCompilationException exception, string template)
    {
        var errors = new List<TemplateError>();
        foreach (var diagnostic in exception.CompilationDiagnostics ?? [])
        {
            // The line span is already mapped through Razor's #line pragmas to the .cshtml file.
            var span = diagnostic.LineSpan;
            var known = span is { } s && !string.IsNullOrEmpty(s.Path);
            var file = known ? Path.GetFileName(span!.Value.Path) : template;
            var line = known ? span!.Value.StartLinePosition.Line + 1 : 0;
            var column = known ? span!.Value.StartLinePosition.Character + 1 : 0;
            errors.Add(new TemplateError(file, line, column, diagnostic.ErrorMessage));
        }
        if (errors.Count == 0)
            errors.Add(new TemplateError(template, 0, 0, exception.Message.Split('\n')[0].Trim()));
        return errors;
    }
}
