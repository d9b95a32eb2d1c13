using System.Diagnostics;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>
/// A template threw while rendering a page (a site's own theme reading something that is not there, say). It names the
/// template and line that threw, from the compiled template's line map, so the theme's author gets a located error.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException(string template, int line, Exception inner) : base(inner.Message, inner)
    {
        Template = template;
        Line = line;
    }

    /// <summary>The template as shown to the writer (themes/&lt;theme&gt;/templates/update.cshtml).</summary>
    public string Template { get; }

    /// <summary>The line of the template that threw; 0 when not known.</summary>
    public int Line { get; }

    /// <summary>What went wrong, in the words of what threw (a theme's author reads it, not a stack trace).</summary>
    public string What => InnerException!.Message;

    /// <summary>The template file and line of the innermost template frame of <paramref name="error"/>'s stack, if any.</summary>
    internal static (string File, int Line)? TemplateFrame(Exception error) =>
        new StackTrace(error, fNeedFileInfo: true).GetFrames()
            .Where(frame => frame.GetFileName()?.EndsWith(".cshtml", StringComparison.Ordinal) == true)
            .Select(frame => ((string File, int Line)?)(frame.GetFileName()!.TrimStart('/'), frame.GetFileLineNumber()))
            .FirstOrDefault();

    /// <summary>
    /// One error per template line and failure, naming a page it broke and how many others, so a template that breaks
    /// every update's page is one error, not a thousand. Failures that are not a template's are the tool's own bugs: thrown.
    /// </summary>
    public static void Report(IEnumerable<(string Path, Exception Error)> failures, DiagnosticBag diagnostics)
    {
        var list = failures.ToList();
        if (list.FirstOrDefault(failure => failure.Error is not TemplateRenderException) is { Error: { } bug })
            throw new AggregateException(bug);
        var rendering = list.Select(failure => (failure.Path, Failure: (TemplateRenderException)failure.Error));
        foreach (var group in rendering.GroupBy(failure => (failure.Failure.Template, failure.Failure.Line, failure.Failure.What)))
        {
            var pages = group.Select(failure => failure.Path).Order(StringComparer.Ordinal).ToList();
            var others = pages.Count == 1 ? "" : $" (and {pages.Count - 1} other page{(pages.Count == 2 ? "" : "s")})";
            diagnostics.Add(Problems.TemplateRender(new SourceLocation(group.Key.Template, group.Key.Line), $"making {pages[0]}{others}: {group.Key.What}"));
        }
    }
}
