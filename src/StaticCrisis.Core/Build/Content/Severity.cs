namespace StaticCrisis.Core.Content;

/// <summary>How serious an update is. Shown as text in every theme, never by colour alone.</summary>
public enum Severity
{
    Info,
    Notice,
    Warning,
    Critical,
}

/// <summary>State of a service on the board.</summary>
public enum ServiceStatus
{
    Operational,
    Degraded,
    Manual,
    Down,
}

public static class ContentNames
{
    public static string Name(this Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Name(this ServiceStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParseSeverity(string text, out Severity severity) => TryParseName(text, out severity);

    public static bool TryParseStatus(string text, out ServiceStatus status) => TryParseName(text, out status);

    public static string Name(this IncidentState state) => state.ToString().ToLowerInvariant();

    /// <summary>"scheduled", "inProgress", "completed", "cancelled", "postponed": as in strings files and status.json.</summary>
    public static string Name(this PlannedState state) => char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];

    public static bool TryParseIncidentState(string text, out IncidentState state) => TryParseName(text, out state);

    // Only the lowercase names as written in the docs: "Warning" or "2" are refused rather than guessed.
    private static bool TryParseName<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (candidate.ToString().ToLowerInvariant().Equals(text.Trim(), StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
