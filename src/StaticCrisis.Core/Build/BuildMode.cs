namespace StaticCrisis.Core.Build;

/// <summary>What a build is for: the three ways the commands run the one pipeline.</summary>
public enum BuildMode
{
    /// <summary>build and publish: everything is made, checked and written into the output folder atomically.</summary>
    Write,

    /// <summary>check: everything is read, rendered and checked as for <see cref="Write"/>; nothing is written.</summary>
    Check,

    /// <summary>
    /// serve: every file is listed, but a page or feed is made only when its content is first read, and the steps that need
    /// every file (page budget, manifest) are left to <see cref="BuildResult.Remaining"/>. Nothing is written; no signing key.
    /// </summary>
    Preview,
}
