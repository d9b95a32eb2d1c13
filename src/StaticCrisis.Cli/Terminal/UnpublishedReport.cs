using StaticCrisis.Core.Site;

namespace StaticCrisis.Cli.Terminal;

/// <summary>What build and check say of the updates they left out: a count in the summary line (<see cref="Texts.UnpublishedSummary"/>), then one line each with why.</summary>
public static class UnpublishedReport
{
    public static void PrintEach(TextWriter stdout, IReadOnlyList<UnpublishedUpdate> unpublished)
    {
        foreach (var left in unpublished)
            stdout.WriteLine("  " + Core.Kernel.Diagnostics.TerminalText.Escape(Ui.Say(Texts.NotPublished(left))));
    }
}
