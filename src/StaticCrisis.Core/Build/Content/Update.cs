using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Content;

/// <summary>One press update, as written in <c>content/updates/**/*.md</c>.</summary>
public sealed record Update
{
    /// <summary>Path of the Markdown file relative to the site folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The page's file name without extension: from 'slug', else from the file name.</summary>
    public required string Slug { get; init; }

    public required SourceLocation SlugLocation { get; init; }

    /// <summary>Plain text; escaped wherever it is written.</summary>
    public required string Title { get; init; }

    public required DateTimeOffset Date { get; init; }

    /// <summary>Where 'date' is written, for messages about it.</summary>
    public SourceLocation DateLocation { get; init; }

    /// <summary>False when the writer gave only a day ("2026-03-10"): pages then show the day without "00.00".</summary>
    public bool DateHasTime { get; init; } = true;

    public DateTimeOffset? Updated { get; init; }

    /// <summary>The summary as written in front matter; <see cref="RenderedUpdate.Summary"/> falls back to the first paragraph.</summary>
    public string? Summary { get; init; }

    public Severity Severity { get; init; } = Severity.Info;

    public bool Pinned { get; init; }

    public bool Draft { get; init; }

    /// <summary>Status of services as of this update, in the order written.</summary>
    public IReadOnlyList<ServiceChange> Services { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>What other sites' banners show when this is the situation now; else the title and summary.</summary>
    public BannerText? Banner { get; init; }

    /// <summary>Optional text for staff and resident text messages, collected in sms.txt.</summary>
    public string? Sms { get; init; }

    /// <summary>What residents should do, in a sentence or two; the 'instruction' of the update's CAP messages.</summary>
    public string? Advice { get; init; }

    /// <summary>The Markdown after the front matter.</summary>
    public required string Body { get; init; }

    /// <summary>Line in the file where <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>Where the page is written, relative to the output folder.</summary>
    public string OutputPath => $"updates/{Slug}.html";
}

/// <summary>A service's status as set by one update.</summary>
public sealed record ServiceChange(string ServiceId, ServiceStatus Status, SourceLocation Location);

/// <summary>'banner:' in front matter: a short headline and text for other sites' banners; either may be left out.</summary>
public sealed record BannerText(string? Headline, string? Text, SourceLocation Location);
