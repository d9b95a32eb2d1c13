namespace StaticCrisis.Core.Kernel.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>A problem in the site's config or content, reported to the writer rather than thrown.</summary>
/// <param name="Message">In English; <see cref="SwedishMessage"/> says the same in Swedish.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation? Location)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>As <c>--strict</c> shows it: a warning is then an error.</summary>
    public Diagnostic AsErrorWhen(bool strict) => strict && !IsError ? this with { Severity = DiagnosticSeverity.Error } : this;

    public string? SwedishMessage { get; init; }

    public string MessageIn(UiLanguage language) => language == UiLanguage.Swedish && SwedishMessage is not null ? SwedishMessage : Message;

    /// <summary>
    /// The MSBuild/VS Code canonical format: <c>path(line,col): error SC1004: message</c>. A control character in a file's
    /// name or in quoted text is shown escaped, so a message is always one line and never a command to the terminal.
    /// </summary>
    public override string ToString() => ToString(UiLanguage.English);

    /// <summary>The line in <paramref name="language"/>. "error" and "warning" stay in English: editors and CI read them.</summary>
    public string ToString(UiLanguage language)
    {
        var kind = IsError ? "error" : "warning";
        var message = TerminalText.Escape(MessageIn(language));
        return Location is { } location
            ? $"{TerminalText.Escape(location.ToString())}: {kind} {Code}: {message}"
            : $"staticcrisis: {kind} {Code}: {message}";
    }
}
