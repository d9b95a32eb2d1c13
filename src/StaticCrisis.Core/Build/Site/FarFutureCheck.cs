using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Site;

/// <summary>
/// A pinned or critical update is written to be read now: dated more than a day ahead it is almost always a typo
/// (2027 for 2026), and without a word it would simply not be on the site when residents need it most.
/// </summary>
public static class FarFutureCheck
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromDays(1);

    public static void Check(IEnumerable<Update> updates, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        foreach (var update in updates)
        {
            if (update.Draft || !(update.Pinned || update.Severity == Severity.Critical) || update.Date - now <= Tolerance)
                continue;
            var what = update.Pinned ? "pinned" : "critical";
            diagnostics.Add(Problems.UrgentUpdateFarAhead(update.DateLocation.Path is null ? new SourceLocation(update.SourcePath) : update.DateLocation, what, update.Date, update.Date - now));
        }
    }
}
