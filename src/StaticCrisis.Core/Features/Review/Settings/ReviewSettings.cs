using StaticCrisis.Core.Integrity;

namespace StaticCrisis.Core.Features.Review.Settings;

/// <summary>
/// 'review:' of site.yml: whether publish needs a second person's approval of every changed update, and the people
/// who may give it, each with their own minisign public key (<c>staticcrisis keygen</c> makes one per person).
/// </summary>
public sealed record ReviewSettings(bool Required, IReadOnlyList<Reviewer> Reviewers)
{
    public Reviewer? ByKey(MinisignPublicKey key) => Reviewers.FirstOrDefault(reviewer => reviewer.PublicKey.SameAs(key));
}

/// <summary>One person who may approve: their name as the records and the pages show it, and their public key.</summary>
public sealed record Reviewer(string Name, MinisignPublicKey PublicKey);
