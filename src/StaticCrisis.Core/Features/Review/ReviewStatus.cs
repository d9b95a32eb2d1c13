using StaticCrisis.Core.Features.Review.Settings;

namespace StaticCrisis.Core.Features.Review;

/// <summary>Where an update's text stands with the second pair of eyes.</summary>
public enum ReviewState
{
    /// <summary>Changed since the last approval (or never approved), not sent for review.</summary>
    Unreviewed,

    /// <summary>This text is sent for review and waits for a second person.</summary>
    Requested,

    /// <summary>A reviewer in site.yml approved this exact text, and their signature holds.</summary>
    Approved,

    /// <summary>Published without review, with a reason: "not yet reviewed" until someone approves it.</summary>
    Forced,
}

/// <summary>An update file's review state, with the records behind it.</summary>
public sealed record ReviewStatus(string Path, ReviewState State, ReviewRequest? Request, Approval? Approval, ForcedPublish? Forced)
{
    /// <summary>What the records say of the file's text as it is now.</summary>
    public static ReviewStatus Of(ReviewRecords records, ReviewSettings? settings, string path, string text)
    {
        var hash = ReviewRecords.Hash(text);
        var request = records.RequestOf(path);
        var approval = records.ApprovalOf(path);
        var forced = records.ForcedOf(path);
        if (approval is not null && approval.Sha256 == hash && approval.Path == path && settings is not null && approval.IsValid(settings))
            return new ReviewStatus(path, ReviewState.Approved, null, approval, null);
        if (forced is not null && forced.Sha256 == hash)
            return new ReviewStatus(path, ReviewState.Forced, request, approval, forced);
        if (request is not null && request.Sha256 == hash)
            return new ReviewStatus(path, ReviewState.Requested, request, approval, null);
        return new ReviewStatus(path, ReviewState.Unreviewed, null, approval, null);
    }

    /// <summary>May be published: approved, or published before without review (the mark stays until approved).</summary>
    public bool MayPublish => State is ReviewState.Approved or ReviewState.Forced;
}
