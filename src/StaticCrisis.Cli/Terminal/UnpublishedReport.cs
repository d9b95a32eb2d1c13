using System.Globalization;
using StaticCrisis.Core.Diagnostics;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Cli.Terminal;

/// <summary>What build and check say of the updates they left out: a count in the summary line, then one line each with why.</summary>
public static class UnpublishedReport
{
    /// <summary>"; not published: 1 draft, 2 dated in the future", or nothing when every update is on the site.</summary>
    public static string Summary(IReadOnlyList<UnpublishedUpdate> unpublished)
    {
        if (unpublished.Count == 0)
            return "";
        var drafts = unpublished.Count(left => left.IsDraft);
        var future = unpublished.Count(left => !left.IsDraft && left.IsFuture);
        var parts = new List<string>();
        if (drafts > 0)
            parts.Add(Plural(drafts, "draft", "drafts"));
        if (future > 0)
            parts.Add($"{future} dated in the future");
        return "; not published: " + string.Join(", ", parts);
    }

    public static void PrintEach(TextWriter stdout, IReadOnlyList<UnpublishedUpdate> unpublished)
    {
        foreach (var left in unpublished)
        {
            var why = left.IsDraft
                ? "a draft (set 'draft: false' to publish it)"
                : string.Create(CultureInfo.InvariantCulture, $"dated {left.Date:yyyy-MM-dd HH:mm}, {Problems.Ahead(left.Ahead)} ahead (it appears then; --future shows it now)");
            stdout.WriteLine($"  not published: {Core.Text.TerminalText.Escape(left.SourcePath)}: {why}");
        }
    }

    public static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
