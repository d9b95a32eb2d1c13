using StaticCrisis.Core.Features.Accessibility;
using StaticCrisis.Core.Features.Cap.Settings;
using StaticCrisis.Core.Features.Languages.Settings;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Configuration;

/// <summary>The site's settings from site.yml, with defaults filled in.</summary>
public sealed record SiteConfig
{
    /// <summary>Site name, shown in every page title and the feed.</summary>
    public required string Title { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Absolute http(s) address of the published site, always ending in '/'. Used only where links must be absolute (feed, sitemap, canonical).</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>UI language of the theme (a strings file name), also <c>&lt;html lang&gt;</c>.</summary>
    public string Language { get; init; } = "sv";

    /// <summary>The other languages the site publishes in (<c>languages:</c>), each in its own folder, in the order written.</summary>
    public IReadOnlyList<PublishedLanguage> Languages { get; init; } = [];

    /// <summary>The main language as a published language: at the root, with the site's own words.</summary>
    public PublishedLanguage MainLanguage => new(KnownLanguages.Find(Language) ?? new KnownLanguage(Language, Language, Language, "ltr", Language, Language), LocationOf("language"));

    /// <summary>Every language the site publishes in: the main language first.</summary>
    public IReadOnlyList<PublishedLanguage> AllLanguages => [MainLanguage, .. Languages];

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public string Theme { get; init; } = "default";

    public string OutputDir { get; init; } = "public";

    public int FeedItems { get; init; } = 20;

    public int TimelineItems { get; init; } = 20;

    /// <summary>Largest weight of a page with its stylesheets, in KB gzip, before the build warns: 14 KB arrives in the first round trip.</summary>
    /// <summary>'review:': a second person's approval before publish; null when site.yml has none (anyone may publish alone).</summary>
    public Features.Review.Settings.ReviewSettings? Review { get; init; }

    public int PageBudgetKb { get; init; } = 14;

    public IReadOnlyList<ContactEntry> Contacts { get; init; } = [];

    /// <summary>The service board, in the order written in site.yml.</summary>
    public IReadOnlyList<ServiceDefinition> Services { get; init; } = [];

    /// <summary>The copies of the site that <c>publish</c> uploads to, in the order written.</summary>
    public IReadOnlyList<MirrorDefinition> Mirrors { get; init; } = [];

    /// <summary>The site's minisign public key (base64), from <c>signing.publicKey</c>; shown to residents and used by <c>verify</c>.</summary>
    public string? SigningPublicKey { get; init; }

    /// <summary>The WebSub hub the feeds name (<c>hub:</c>), so readers get new updates pushed; null when not set.</summary>
    public Uri? Hub { get; init; }

    /// <summary>CAP 1.2 messages for alerting aggregators (<c>cap:</c>); null unless enabled.</summary>
    public CapSettings? Cap { get; init; }

    /// <summary>The accessibility statement (accessibility.html); null when site.yml has none, which is a warning.</summary>
    public AccessibilityStatement? Accessibility { get; init; }

    /// <summary>Where residents can turn for more, beyond this site ("More information" on about.html): Krisinformation.se, 113 13, 112.</summary>
    public IReadOnlyList<HelpNumber> HelpNumbers { get; init; } = [];

    /// <summary>Where keys were written, so later stages (theme lookup) can point at them.</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The text of site.yml this was read from: a long-running process (serve) keeps what it parsed while it stays the same.</summary>
    public string Source { get; init; } = "";

    public SourceLocation LocationOf(string key) =>
        KeyLocations.TryGetValue(key, out var location) ? location : new SourceLocation(SiteConfigLoader.FileName);
}

public sealed record ContactEntry(string Label, string? Phone, string? Email, string? Url);

public sealed record ServiceDefinition(string Id, string Name, string? Advice, string? Phone, SourceLocation Location);
