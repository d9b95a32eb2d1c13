namespace StaticCrisis.Cli.Terminal;

/// <summary>How much a command prints besides its problems, which are always printed.</summary>
public enum Verbosity
{
    /// <summary>Problems only: no progress, no summary.</summary>
    Quiet,

    /// <summary>Progress of long builds and the one-line summary.</summary>
    Normal,

    /// <summary>Every step of the build, with its time, and the summary.</summary>
    Verbose,
}
