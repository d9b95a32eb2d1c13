using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Yaml;

namespace StaticCrisis.Core.Features.Review.Settings;

/// <summary>Reads 'review:' of site.yml; every reviewer needs a name and a public key that is one.</summary>
public static class ReviewSettingsReader
{
    private static readonly string[] KnownKeys = ["required", "reviewers"];
    private static readonly string[] ReviewerKeys = ["name", "publicKey"];

    /// <summary>Null when site.yml has no 'review:' block: anyone may publish alone, as before.</summary>
    public static ReviewSettings? Read(YamlMappingReader site)
    {
        if (site.Mapping("review") is not { } review)
            return null;
        review.WarnUnknownKeys(KnownKeys);
        var reviewers = new List<Reviewer>();
        foreach (var item in review.MappingList("reviewers", "name and publicKey"))
        {
            item.WarnUnknownKeys(ReviewerKeys);
            var name = item.Text("name", required: true);
            var keyText = item.Text("publicKey", required: true);
            if (keyText is null || name is null)
                continue;
            if (!MinisignPublicKey.TryParse(keyText.Trim(), out var key))
            {
                site.Diagnostics.Add(Problems.ReviewerKeyInvalid(item.LocationOf("publicKey"), name));
                continue;
            }
            reviewers.Add(new Reviewer(name.Trim(), key!));
        }
        var required = review.Flag("required") ?? true;
        if (required && reviewers.Count == 0)
            site.Diagnostics.Add(Problems.ReviewWithoutReviewers(review.Location));
        return new ReviewSettings(required, reviewers);
    }
}
