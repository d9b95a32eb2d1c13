namespace StaticCrisis.Cli;

/// <summary>The tool's exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>The site was built (or checked) without errors.</summary>
    public const int Success = 0;

    /// <summary>The site has errors in its config or content; they were printed.</summary>
    public const int SiteErrors = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>A bug in staticcrisis itself.</summary>
    public const int InternalError = 3;
}
