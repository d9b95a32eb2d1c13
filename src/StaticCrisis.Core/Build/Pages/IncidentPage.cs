using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>incidents/&lt;id&gt;.html: one incident's state and its updates in the order they came, for whoever follows it.</summary>
public sealed class IncidentPage : Page
{
    public required Incident Incident { get; init; }

    public override string OutputPath => Incident.OutputPath;

    public override string Title => Incident.Title;

    public override string Section => "incident";
}
