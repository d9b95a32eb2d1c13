using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;

namespace StaticCrisis.Core.Features.Review;

/// <summary>
/// What the published site says of its review, for the about page and review.json: each update's state with the
/// records behind it (the approval's signature, so anyone with the reviewer's public key can check it; the reason of a
/// publish forced without review). Only for a site with 'review:' in site.yml.
/// </summary>
public sealed record ReviewReport(bool Required, IReadOnlyList<ReviewedUpdate> Updates)
{
    public int Approved => Updates.Count(update => update.Status.State == ReviewState.Approved);

    /// <summary>The updates on the site no second person has approved: published with a reason, or before review was required.</summary>
    public IReadOnlyList<ReviewedUpdate> NotYetReviewed => [.. Updates.Where(update => update.Status.State != ReviewState.Approved)];

    /// <summary>The report of the updates a build publishes; null without 'review:' in site.yml.</summary>
    public static ReviewReport? For(string siteDirectory, SiteConfig config, IEnumerable<Update> published)
    {
        if (config.Review is not { } settings)
            return null;
        var records = new ReviewRecords(siteDirectory);
        return new ReviewReport(settings.Required, [.. published
            .Select(update => (update, path: Path.Combine(siteDirectory, update.SourcePath)))
            .Where(pair => File.Exists(pair.path))
            .Select(pair => new ReviewedUpdate(pair.update.Slug, pair.update.Title, ReviewStatus.Of(records, settings, pair.update.SourcePath, File.ReadAllText(pair.path))))
            .OrderBy(update => update.Slug, StringComparer.Ordinal)]);
    }
}

/// <summary>One published update and its review.</summary>
public sealed record ReviewedUpdate(string Slug, string Title, ReviewStatus Status);
