using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;

namespace StaticCrisis.Tests.Cli.Terminal;

public class ProgressDisplayTests
{
    private static string Show(TerminalStyle style, Verbosity verbosity, int items)
    {
        var stderr = new StringWriter();
        var display = new ProgressDisplay(stderr, style, verbosity);
        var elapsed = TimeSpan.FromSeconds(1);
        display.Report(new BuildProgress(BuildStep.Config, 0, 0, TimeSpan.Zero));
        foreach (var stage in new[] { BuildStep.Markdown, BuildStep.Pages })
        {
            display.Report(new BuildProgress(stage, 0, items, elapsed));
            for (var done = 1; done <= items; done++)
                display.Report(new BuildProgress(stage, done, items, elapsed));
        }
        display.Report(new BuildProgress(BuildStep.Done, 0, 0, elapsed));
        return stderr.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void Short_builds_print_no_progress_when_redirected()
    {
        Assert.Equal("", Show(TerminalStyle.Plain, Verbosity.Normal, 20));
    }

    [Fact]
    public void Long_builds_print_plain_lines_at_each_quarter_when_redirected()
    {
        Assert.Equal("""
              1.00 s  Rendering updates (400)
              1.00 s  Rendering updates: 100/400
              1.00 s  Rendering updates: 200/400
              1.00 s  Rendering updates: 300/400
              1.00 s  Rendering pages (400)
              1.00 s  Rendering pages: 100/400
              1.00 s  Rendering pages: 200/400
              1.00 s  Rendering pages: 300/400

            """, Show(TerminalStyle.Plain, Verbosity.Normal, 400));
    }

    [Fact]
    public void Verbose_names_every_step_even_of_short_builds()
    {
        var lines = Show(TerminalStyle.Plain, Verbosity.Verbose, 3).TrimEnd().Split('\n');
        Assert.Equal(["  0.00 s  Reading site and theme", "  1.00 s  Rendering updates (3)", "  1.00 s  Rendering pages (3)", "  1.00 s  Done"], lines);
    }

    [Fact]
    public void Quiet_prints_nothing()
    {
        Assert.Equal("", Show(new TerminalStyle(true, true), Verbosity.Quiet, 400));
    }

    [Fact]
    public void On_a_terminal_a_bar_is_redrawn_in_place_and_erased_at_the_end()
    {
        var shown = Show(new TerminalStyle(true, false), Verbosity.Normal, 400);
        Assert.Contains("\rRendering updates    [########################] 400/400\u001b[K", shown, StringComparison.Ordinal);
        Assert.Contains("\rRendering pages      [########################] 400/400\u001b[K", shown, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", shown, StringComparison.Ordinal);
    }
}
