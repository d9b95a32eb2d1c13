using System.Net;
using System.Text;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Preview;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// What the preview adds to HTML responses, and only to responses: a tiny script that reloads the page when the site is
/// rebuilt, and a panel: while the latest build has errors, those over the last good page; else what the build says besides
/// (its warnings, the updates left out), so the preview shows all that <c>build</c> would print. Built files never get it.
/// </summary>
public static class ReloadHook
{
    public const string Prefix = "/__staticcrisis/";

    public const string EventsPath = Prefix + "events";

    /// <summary>Reloads on every build event; the version the page was served at tells a missed build from a reconnect.</summary>
    public static string Script(int version) => $$"""
        <script data-staticcrisis-preview>
        (() => {
          const served = {{version}};
          const events = new EventSource("{{EventsPath}}");
          events.onmessage = (e) => { if (Number(e.data) !== served) location.reload(); };
        })();
        </script>
        """;

    /// <summary>The page with the script (and the problems, if any) put before <c>&lt;/body&gt;</c>.</summary>
    public static string Inject(string html, PreviewState state, UiLanguage language = UiLanguage.English)
    {
        var panel = state.HasProblems ? Overlay(TerminalPreviewReporter.ProblemLines(state, language), language) : state.HasNotes ? NotesPanel(TerminalPreviewReporter.NoteLines(state, language), language) : "";
        var hook = panel + Script(state.Version);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + hook : html[..end] + hook + html[end..];
    }

    /// <summary>Shown for every page when no build has succeeded yet.</summary>
    public static string ErrorPage(PreviewState state, UiLanguage language = UiLanguage.English) =>
        Page(Texts.ErrorPageTitle.In(language), Texts.ErrorPageHeading.In(language), Texts.ErrorPageAdvice.In(language), TerminalPreviewReporter.ProblemLines(state, language), state.Version, language);

    /// <summary>Shown instead of a page or feed that could not be made, e.g. because a template throws.</summary>
    public static string FailedPage(string problem, int version, UiLanguage language = UiLanguage.English) =>
        Page(Texts.FailedPageTitle.In(language), Texts.FailedPageHeading.In(language), Texts.FailedPageAdvice.In(language), [problem], version, language);

    private static string Page(string title, string heading, string advice, IReadOnlyList<string> problems, int version, UiLanguage language) => $"""
        <!DOCTYPE html>
        <html lang="{(language == UiLanguage.Swedish ? "sv" : "en")}">
        <head><meta charset="utf-8"><title>{title} – staticcrisis</title></head>
        <body style="font-family: system-ui, sans-serif; margin: 2rem;">
        <h1>{heading}</h1>
        <p>{advice}</p>
        {List(problems)}
        {Script(version)}
        </body>
        </html>
        """;

    private static string Overlay(IReadOnlyList<string> problems, UiLanguage language) => $"""
        <div id="staticcrisis-problems" role="alert" lang="{Tag(language)}" style="position: fixed; inset: auto 0 0 0; max-height: 60vh; overflow: auto; z-index: 2147483647; margin: 0; padding: 1rem 1.5rem; background: #fff3f3; color: #3d0000; border-top: 4px solid #b00020; font: 15px/1.5 system-ui, sans-serif; box-shadow: 0 -4px 16px rgba(0,0,0,.25);">
        <strong>{WebUtility.HtmlEncode(Texts.PanelFailedHeading.In(language))}</strong> {WebUtility.HtmlEncode(Texts.PanelFailedAdvice.In(language))}
        {List(problems)}
        </div>
        """;

    /// <summary>Warnings and updates left out: open, so they are seen, but closable, as the page builds and is usable.</summary>
    private static string NotesPanel(IReadOnlyList<string> notes, UiLanguage language) => $"""
        <details id="staticcrisis-notes" open lang="{Tag(language)}" style="position: fixed; inset: auto 0 0 0; max-height: 40vh; overflow: auto; z-index: 2147483647; margin: 0; padding: .75rem 1.5rem; background: #fff8e1; color: #2b2100; border-top: 4px solid #8a6d00; font: 15px/1.5 system-ui, sans-serif; box-shadow: 0 -4px 16px rgba(0,0,0,.2);">
        <summary><strong>{WebUtility.HtmlEncode(Texts.PanelWarningsHeading.In(language))} ({notes.Count})</strong></summary>
        <p style="margin: .5rem 0 0;">{WebUtility.HtmlEncode(Texts.PanelWarningsAdvice.In(language))}</p>
        {List(notes)}
        </details>
        """;

    private static string Tag(UiLanguage language) => language == UiLanguage.Swedish ? "sv" : "en";

    private static string List(IReadOnlyList<string> problems)
    {
        var list = new StringBuilder("<ul style=\"font-family: ui-monospace, monospace; white-space: pre-wrap; padding-left: 1.2rem;\">");
        foreach (var problem in problems)
            list.Append("<li>").Append(WebUtility.HtmlEncode(problem)).Append("</li>");
        return list.Append("</ul>").ToString();
    }
}
