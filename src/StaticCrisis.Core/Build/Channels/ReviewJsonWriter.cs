using StaticCrisis.Core.Features.Review;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Channels;

/// <summary>
/// review.json: for a site with 'review:', each published update's review as the records give it, with the approval's
/// signed statement, so anyone with a reviewer's public key (site.yml's, listed here too) can check it, and the reason
/// of any publish forced without review. The manifest lists it, so a signed site signs it too.
/// </summary>
public static class ReviewJsonWriter
{
    public const string Path = "review.json";

    public static IEnumerable<OutputFile> Write(SiteModel site, ReviewReport? report)
    {
        if (report is null || site.Config.Review is not { } settings)
            yield break;
        yield return OutputFile.Later(Path, () => JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("required", report.Required);
            json.WriteStartArray("reviewers");
            foreach (var reviewer in settings.Reviewers)
            {
                json.WriteStartObject();
                json.WriteString("name", reviewer.Name);
                json.WriteString("publicKey", reviewer.PublicKey.ToBase64());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("updates");
            foreach (var update in report.Updates)
            {
                json.WriteStartObject();
                json.WriteString("url", site.AbsoluteUrlOfFile($"updates/{update.Slug}.html"));
                json.WriteString("state", update.Status.State.ToString().ToLowerInvariant());
                if (update.Status.Approval is { } approval && update.Status.State == ReviewState.Approved)
                {
                    json.WriteString("sha256", approval.Sha256);
                    json.WriteString("by", approval.By);
                    json.WriteString("at", site.Rfc3339(approval.At));
                    json.WriteString("statement", Approval.Statement(approval.Path, approval.Sha256, approval.By, approval.At));
                    json.WriteString("signature", approval.Signature);
                }
                if (update.Status.Forced is { } forced)
                {
                    json.WriteString("by", forced.By);
                    json.WriteString("at", site.Rfc3339(forced.At));
                    json.WriteString("reason", forced.Reason);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }
}
