using System.Net;
using System.Text;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// What the preview adds to HTML responses, and only to responses: a tiny script that reloads the page when the site is
/// rebuilt, and, while the latest build has errors, a panel listing them over the last good page. Built files never get it.
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
    public static string Inject(string html, PreviewState state)
    {
        var hook = (state.HasProblems ? Overlay(state.Problems) : "") + Script(state.Version);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + hook : html[..end] + hook + html[end..];
    }

    /// <summary>Shown for every page when no build has succeeded yet.</summary>
    public static string ErrorPage(PreviewState state) =>
        Page("Build failed", "The site does not build yet", "Fix the problems below and save; this page reloads by itself.", state.Problems, state.Version);

    /// <summary>Shown instead of a page or feed that could not be made, e.g. because a template throws.</summary>
    public static string FailedPage(string problem, int version) =>
        Page("Page failed", "This page could not be made", "The terminal shows the details. Fix the problem and save; this page reloads by itself.", [problem], version);

    private static string Page(string title, string heading, string advice, IReadOnlyList<string> problems, int version) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{title} – staticcrisis</title></head>
        <body style="font-family: system-ui, sans-serif; margin: 2rem;">
        <h1>{heading}</h1>
        <p>{advice}</p>
        {List(problems)}
        {Script(version)}
        </body>
        </html>
        """;

    private static string Overlay(IReadOnlyList<string> problems) => $"""
        <div id="staticcrisis-problems" role="alert" style="position: fixed; inset: auto 0 0 0; max-height: 60vh; overflow: auto; z-index: 2147483647; margin: 0; padding: 1rem 1.5rem; background: #fff3f3; color: #3d0000; border-top: 4px solid #b00020; font: 15px/1.5 system-ui, sans-serif; box-shadow: 0 -4px 16px rgba(0,0,0,.25);">
        <strong>The latest save does not build – you are seeing the last good version.</strong> Fix these problems and save:
        {List(problems)}
        </div>
        """;

    private static string List(IReadOnlyList<string> problems)
    {
        var list = new StringBuilder("<ul style=\"font-family: ui-monospace, monospace; white-space: pre-wrap; padding-left: 1.2rem;\">");
        foreach (var problem in problems)
            list.Append("<li>").Append(WebUtility.HtmlEncode(problem)).Append("</li>");
        return list.Append("</ul>").ToString();
    }
}
