namespace StaticCrisis.Core.Content;

/// <summary>
/// Where an incident stands, as status pages name it: the cause is being looked for, found, the fix is being watched,
/// or it is over. An incident's state is its newest update's.
/// </summary>
public enum IncidentState
{
    Investigating,
    Identified,
    Monitoring,
    Resolved,
}
