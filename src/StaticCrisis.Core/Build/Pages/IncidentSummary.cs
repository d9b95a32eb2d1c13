using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>The model of the partial that shows an incident as one entry of a list: its state, its number of updates, its newest.</summary>
public sealed record IncidentSummary(Page Page, Incident Incident, int HeadingLevel);
