namespace StaticCrisis.Core.Build;

/// <summary>
/// The build's steps, in the order <see cref="SiteBuilder.Build"/> takes them: its numbered comments, the progress it
/// reports, and the times <c>--verbose</c> prints are all in these words.
/// </summary>
public enum BuildStep
{
    /// <summary>1. site.yml, the theme and its strings.</summary>
    Config,

    /// <summary>1. The theme's templates, compiled (or taken from the cache).</summary>
    Templates,

    /// <summary>2–3. content/, read and checked as a whole.</summary>
    Content,

    /// <summary>4. The published updates' Markdown.</summary>
    Markdown,

    /// <summary>5. Every file of the site, by path, made when first read.</summary>
    Files,

    /// <summary>5b. The pages made, then the other files.</summary>
    Pages,

    /// <summary>6. Every page weighed against the budget.</summary>
    Budget,

    /// <summary>7. SHA256SUMS.</summary>
    Manifest,

    /// <summary>7b. Its signature, when a key was given.</summary>
    Signature,

    /// <summary>8. The output written atomically.</summary>
    Write,

    /// <summary>The build is over.</summary>
    Done,
}

/// <summary>Where a build is: a step, and how many of its items are done (both 0 for a step without items).</summary>
public readonly record struct BuildProgress(BuildStep Step, int Done, int Total, TimeSpan Elapsed);
