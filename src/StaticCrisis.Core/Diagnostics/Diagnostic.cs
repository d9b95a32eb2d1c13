namespace StaticCrisis.Core.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>A problem in the site's config or content, reported to the writer rather than thrown.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation? Location)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The MSBuild/VS Code canonical format: <c>path(line,col): error SC1004: message</c>.</summary>
    public override string ToString()
    {
        var kind = IsError ? "error" : "warning";
        return Location is { } location
            ? $"{location}: {kind} {Code}: {Message}"
            : $"staticcrisis: {kind} {Code}: {Message}";
    }
}
