using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Site;

/// <summary>
/// The published updates that name the same 'incident:', oldest first: one incident, named by its first update's
/// title, in the state its newest update with a 'state' gave (investigating until one does).
/// </summary>
public sealed record Incident(string Id, IReadOnlyList<RenderedUpdate> Updates)
{
    public RenderedUpdate First => Updates[0];

    public RenderedUpdate Newest => Updates[^1];

    public string Title => First.Update.Title;

    public IncidentState State => StateAt(Newest);

    public bool IsOpen => State != IncidentState.Resolved;

    /// <summary>When it began: its first update's time.</summary>
    public DateTimeOffset Started => First.Update.Date;

    /// <summary>When it was resolved: the time of the update that said so, while it is resolved.</summary>
    public DateTimeOffset? Resolved => IsOpen ? null : Updates.Last(rendered => rendered.Update.State is not null).Update.Date;

    public string OutputPath => $"incidents/{Id}.html";

    /// <summary>The state as of one of its updates: the newest 'state' written up to it.</summary>
    public IncidentState StateAt(RenderedUpdate rendered)
    {
        var state = IncidentState.Investigating;
        foreach (var update in Updates)
        {
            if (update.Update.State is { } written)
                state = written;
            if (ReferenceEquals(update, rendered))
                break;
        }
        return state;
    }
}
