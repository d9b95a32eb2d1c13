namespace StaticCrisis.Core.Build;

/// <summary>The steps of a build that a progress display can name, in the order they run.</summary>
public enum BuildStage
{
    Loading,
    RenderingMarkdown,
    RenderingPages,
    Writing,
    Done,
}

/// <summary>Where a build is: a step, and how many of its items are done (both 0 for a step without items).</summary>
public readonly record struct BuildProgress(BuildStage Stage, int Done, int Total, TimeSpan Elapsed);
