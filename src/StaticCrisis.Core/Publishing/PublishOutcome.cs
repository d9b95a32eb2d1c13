namespace StaticCrisis.Core.Publishing;

/// <summary>How a publish ended.</summary>
public enum PublishOutcome
{
    /// <summary>Every mirror holds the site, verified where it has a public address.</summary>
    Published,

    /// <summary>A dry run: every mirror was planned, none was touched.</summary>
    Planned,

    /// <summary>The site folder or a mirror named on the command line does not exist.</summary>
    Usage,

    /// <summary>Stopped before any mirror was touched: site.yml, a mirror's folder, the output, the delete limit.</summary>
    Refused,

    /// <summary>The build failed; nothing was published.</summary>
    BuildFailed,

    /// <summary>At least one mirror could not be planned, published or verified; the others carried on.</summary>
    MirrorsFailed,
}
