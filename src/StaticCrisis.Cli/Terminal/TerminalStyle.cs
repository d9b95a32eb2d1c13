namespace StaticCrisis.Cli.Terminal;

/// <summary>
/// What the writer's console can do: redraw a line (a real terminal, not redirected, not CI) and show colour
/// (such a terminal, unless NO_COLOR is set). Anything else gets plain lines.
/// </summary>
public sealed record TerminalStyle(bool Interactive, bool Color)
{
    public static readonly TerminalStyle Plain = new(false, false);

    /// <summary>For a writer the command was given: only the process's own stdout and stderr can be a terminal.</summary>
    public static TerminalStyle For(TextWriter writer)
    {
        var terminal = (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected) || (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected);
        if (!terminal)
            return Plain;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || Environment.GetEnvironmentVariable("TERM") == "dumb")
            return Plain;
        return new(true, string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
    }

    public string Green(string text) => Color ? $"\u001b[32m{text}\u001b[0m" : text;

    public string Red(string text) => Color ? $"\u001b[31m{text}\u001b[0m" : text;
}
