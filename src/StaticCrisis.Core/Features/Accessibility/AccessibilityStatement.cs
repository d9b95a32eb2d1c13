using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Features.Accessibility;

/// <summary>
/// The accessibility statement a Swedish public body's site must carry (lag 2018:1937 13 §), with the items
/// Digg's guidance asks for. Written as accessibility.html and linked from every page.
/// </summary>
public sealed record AccessibilityStatement
{
    /// <summary>The public body that stands behind the site, e.g. "Alvby kommun".</summary>
    public required string Organisation { get; init; }

    /// <summary>The site's name as the statement gives it; the site's title unless set.</summary>
    public string? SiteName { get; init; }

    public required Compliance Compliance { get; init; }

    /// <summary>When the site's accessibility was last assessed.</summary>
    public required DateOnly Assessed { get; init; }

    /// <summary>When the statement was last updated; the assessment date unless set.</summary>
    public required DateOnly Updated { get; init; }

    public required AssessmentMethod Method { get; init; }

    /// <summary>Who assessed the site, for a third-party assessment (optional).</summary>
    public string? Assessor { get; init; }

    /// <summary>Where to report a barrier or ask for content in an accessible form: at least one of the two.</summary>
    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>Content that does not meet the requirements, with why.</summary>
    public IReadOnlyList<InaccessibleContent> Problems { get; init; } = [];

    /// <summary>Content left inaccessible because adapting it would be a disproportionate burden (lag 2018:1937 12 §), with why.</summary>
    public IReadOnlyList<InaccessibleContent> DisproportionateBurden { get; init; } = [];

    /// <summary>Content the law does not cover (lag 2018:1937 9 §), such as maps or third-party content.</summary>
    public IReadOnlyList<InaccessibleContent> OutsideLaw { get; init; } = [];

    /// <summary>
    /// The warning for [FYLL I: …] placeholders left from init, if any. Reported by the build only, not by every command
    /// that reads site.yml (such as <c>new</c>).
    /// </summary>
    public Diagnostic? Unfinished { get; init; }
}

/// <summary>How far the site meets the law's requirements (WCAG 2.1 AA through EN 301 549).</summary>
public enum Compliance
{
    Full,
    Partial,
    None,
}

public enum AssessmentMethod
{
    SelfAssessment,
    ThirdParty,
}

/// <summary>One piece of content that is not accessible, and why (the reason is optional only for content outside the law).</summary>
public sealed record InaccessibleContent(string Content, string? Reason);

/// <summary>A number or address residents can turn to for more, beyond the site: Krisinformation.se, 113 13, 112.</summary>
public sealed record HelpNumber(string Label, string? Number, string? Url, string? Text);
