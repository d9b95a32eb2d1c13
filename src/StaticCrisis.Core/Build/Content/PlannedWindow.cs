namespace StaticCrisis.Core.Content;

/// <summary>
/// 'planned: { start, end }': a disruption announced ahead. The update's services take their statuses only from
/// start to end; before, the board shows the window as coming, and after, the services are as before.
/// 'state: cancelled' or 'postponed' takes the window off the board altogether.
/// </summary>
public sealed record PlannedWindow(DateTimeOffset Start, DateTimeOffset End, PlannedState? Written)
{
    /// <summary>Where the window stands at <paramref name="now"/>: cancelled or postponed as written, else by the clock.</summary>
    public PlannedState StateAt(DateTimeOffset now) => Written ?? (now < Start ? PlannedState.Scheduled : now < End ? PlannedState.InProgress : PlannedState.Completed);

    /// <summary>True while the services have the window's statuses.</summary>
    public bool InEffectAt(DateTimeOffset now) => StateAt(now) == PlannedState.InProgress;
}

/// <summary>A planned disruption's state: the three the clock gives, and the two a writer does.</summary>
public enum PlannedState
{
    Scheduled,
    InProgress,
    Completed,
    Cancelled,
    Postponed,
}
