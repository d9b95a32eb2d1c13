using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Site;

/// <summary>One line of a service's history: the status an update set, and the update.</summary>
public sealed record StatusChange(ServiceStatus Status, RenderedUpdate Source)
{
    /// <summary>When the status took hold: a planned disruption's start, else the update's time.</summary>
    public DateTimeOffset At => Source.Update.Planned?.Start ?? Source.Update.Date;
}
