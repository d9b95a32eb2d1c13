using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Site;

/// <summary>
/// One service: its row on the board and its own page and feeds. <see cref="History"/> holds every update that set the
/// service's status, newest first; Status and Source (the newest of them) are null when no update has mentioned it.
/// </summary>
public sealed record ServiceBoardEntry(ServiceDefinition Service, IReadOnlyList<StatusChange> History)
{
    /// <summary>Planned disruptions of this service still to come, the soonest first, with the status each will give it.</summary>
    public IReadOnlyList<StatusChange> Coming { get; init; } = [];

    /// <summary>
    /// The service's page's history, newest first: <see cref="History"/> and the planned disruptions that have been
    /// and gone, at their starts. Only History decides the status now.
    /// </summary>
    public IReadOnlyList<StatusChange> Record { get; init; } = [];

    /// <summary>The incident not yet resolved that the update behind the status now belongs to, if any.</summary>
    public Incident? OpenIncident { get; init; }

    public ServiceStatus? Status => History.Count == 0 ? null : History[0].Status;

    public RenderedUpdate? Source => History.Count == 0 ? null : History[0].Source;

    /// <summary>
    /// The update that changed the service to its current status: the oldest of the newest run of updates that set
    /// the same status. Its date is when the status has held since; later updates only confirmed it.
    /// </summary>
    public StatusChange? CurrentSince
    {
        get
        {
            if (History.Count == 0)
                return null;
            var since = History[0];
            foreach (var change in History.Skip(1))
            {
                if (change.Status != since.Status)
                    break;
                since = change;
            }
            return since;
        }
    }

    /// <summary>The service's calendar of planned disruptions (planned.ics for it alone).</summary>
    public string CalendarPath => $"services/{Service.Id}.ics";

    /// <summary>The service's page, relative to the output folder.</summary>
    public string OutputPath => $"services/{Service.Id}.html";

    /// <summary>The base path of the service's feeds: <c>services/&lt;id&gt;.xml</c>, <c>.atom</c> and <c>.json</c>.</summary>
    public string FeedBasePath => $"services/{Service.Id}";
}
