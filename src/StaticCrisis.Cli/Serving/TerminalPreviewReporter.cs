using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Preview;

namespace StaticCrisis.Cli.Serving;

/// <summary>Prints the preview's builds as <c>build</c> would, each line after the time of day, in the run's language.</summary>
/// <param name="language">Kept here: rebuilds run on the watcher's threads, where <see cref="Ui.Language"/> is not looked up.</param>
public sealed class TerminalPreviewReporter(TextWriter stdout, TextWriter stderr, bool strict, UiLanguage language) : IPreviewReporter
{
    public UiLanguage Language => language;

    public void Built(BuildResult result, PreviewState shown, bool hadGoodBuild)
    {
        Print(result.Diagnostics);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"{DateTime.Now:HH:mm:ss} {Texts.PreviewFailed(result.Diagnostics.ErrorCount, hadGoodBuild).In(language)}");
            return;
        }
        var stats = result.Statistics!;
        stdout.WriteLine($"{DateTime.Now:HH:mm:ss} {Texts.PreviewBuilt(stats.Elapsed, stats.Pages, stats.Updates, result.Diagnostics.WarningCount).In(language)}");
        foreach (var left in stats.Unpublished)
            stdout.WriteLine("  " + TerminalText.Escape(Texts.NotPublished(left).In(language)));
    }

    public void Checked(BuildResult result, DiagnosticBag found, int notMade, TimeSpan elapsed)
    {
        Print(found);
        stdout.WriteLine($"{DateTime.Now:HH:mm:ss} {Texts.PreviewChecked(result.Statistics!.Pages, elapsed, notMade, result.Diagnostics.WarningCount + found.WarningCount).In(language)}");
    }

    public void FileFailed(Diagnostic problem, Exception? bug)
    {
        if (bug is null)
            return; // a theme's template that throws: the build's own located error, printed with its problems
        stderr.WriteLine($"{DateTime.Now:HH:mm:ss} {problem.ToString(language)}");
        stderr.WriteLine(Problems.InternalError(Texts.WhileMakingAPage).ToString(language));
        stderr.WriteLine(bug.ToString());
    }

    public void PassFailed(Exception bug)
    {
        stderr.WriteLine(Problems.InternalError(Texts.WhileCheckingEveryPage).ToString(language));
        stderr.WriteLine(bug.ToString());
    }

    /// <summary>The lines of the preview's panel: problems, or else what a good build says besides, as printed.</summary>
    public static IReadOnlyList<string> ProblemLines(PreviewState state, UiLanguage language) => [.. state.Problems.Select(problem => problem.ToString(language))];

    public static IReadOnlyList<string> NoteLines(PreviewState state, UiLanguage language) =>
    [
        .. state.Notes.Select(note => note.ToString(language)),
        .. state.Unpublished.Select(left => Texts.NotPublished(left).In(language)),
        .. state.Checked.Select(note => note.ToString(language)),
    ];

    private void Print(DiagnosticBag diagnostics) =>
        DiagnosticPrinter.Print(diagnostics, stderr, strict, Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true", language);
}
