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

    /// <summary>
    /// 'replaces': the slug of an earlier update this one corrects or replaces (a file name with ".md" is read as its slug).
    /// The earlier page stays, and links forward to this one.
    /// </summary>
    public string? Replaces { get; init; }

    /// <summary>'planned': a disruption announced ahead, whose services have their statuses only during the window.</summary>
    public PlannedWindow? Planned { get; init; }

    /// <summary>'nextUpdate': when the writer has promised the next update; pages say so plainly once it has passed without one.</summary>
    public DateTimeOffset? NextUpdate { get; init; }

    /// <summary>'incident': the id that ties this update into one incident with the others that name it.</summary>
    public string? Incident { get; init; }

    /// <summary>'state': where the incident stands as of this update; null leaves it as the update before said.</summary>
    public IncidentState? State { get; init; }

    /// <summary>The Markdown after the front matter.</summary>
    public required string Body { get; init; }

    /// <summary>Line in the file where <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>
    /// The language the text is written in, when it is not the site's main language: from the file name
    /// (<c>x.en.md</c>) or 'language:'. Such a file is a translation when an original of the same name (or 'translationKey')
    /// exists, else an update first written in that language.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>'translationKey': ties a translation to an original whose file name differs; else the file name without the language.</summary>
    public string TranslationKey { get; init; } = "";

    /// <summary>'original': what a translation was made from, so its page can say when the original has changed since.</summary>
    public TranslationRecord? Original { get; init; }

    /// <summary>False for a translation that leaves the date to its original.</summary>
    public bool DateWritten { get; init; } = true;

    /// <summary>Where each key of the front matter was written: a translation may not contradict its original's.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Keys { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Where the page is written, relative to the output folder.</summary>
    public string OutputPath => $"updates/{Slug}.html";
}

/// <summary>A translation's 'original': the original's time ('updated', else 'date') and a hash of its text when it was translated.</summary>
public sealed record TranslationRecord(DateTimeOffset? Updated, string? Hash, SourceLocation Location);

/// <summary>A service's status as set by one update.</summary>
public sealed record ServiceChange(string ServiceId, ServiceStatus Status, SourceLocation Location);

/// <summary>'banner:' in front matter: a short headline and text for other sites' banners; either may be left out.</summary>
public sealed record BannerText(string? Headline, string? Text, SourceLocation Location);
