using System.Globalization;
using StaticCrisis.Core.Features.Accessibility;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>
/// accessibility.html: the accessibility statement a Swedish public body's site must carry (lag 2018:1937 13 §),
/// with the items of Digg's guidance, in the order of Digg's model statement.
/// </summary>
public sealed class AccessibilityPage : Page
{
    public const string Path = "accessibility.html";

    /// <summary>Digg's service for reporting a site that does not meet the law.</summary>
    public const string DiggReportUrl = "https://www.digg.se/tdosanmalan";

    public required AccessibilityStatement Statement { get; init; }

    public override string OutputPath => Path;

    public override string Title => Strings.AccessibilityTitle;

    public override string Section => "accessibility";

    public string SiteName => Statement.SiteName ?? Site.Config.Title;

    /// <summary>The compliance in the UI language, e.g. "delvis förenlig".</summary>
    public string ComplianceText => Strings.Compliances[ComplianceKey];

    /// <summary>full, partial or none, as written in site.yml.</summary>
    public string ComplianceKey => Statement.Compliance.ToString().ToLowerInvariant();

    public string IntroHtml => Sentence(Strings.AccessibilityIntro, Encode(Statement.Organisation), Encode(SiteName));

    public string ComplianceHtml => Sentence(Strings.AccessibilityCompliance, Encode(SiteName), $"<strong class=\"compliance\" data-compliance=\"{ComplianceKey}\">{Encode(ComplianceText)}</strong>");

    public string MethodText => Strings.Methods[Statement.Method == AssessmentMethod.SelfAssessment ? "self-assessment" : "third-party"];

    public string? AssessorHtml => Statement.Assessor is null ? null : Sentence(Strings.AccessibilityAssessor, Encode(Statement.Assessor));

    public string AssessedHtml => Sentence(Strings.AccessibilityAssessed, Time(Statement.Assessed));

    public string UpdatedHtml => Sentence(Strings.AccessibilityUpdated, Time(Statement.Updated));

    private string Time(DateOnly date) =>
        $"<time datetime=\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{Encode(date.ToString(Strings.DateFormat, Strings.CultureInfo))}</time>";
}
