using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StaticCrisis.Core.Features.Review.Settings;
using StaticCrisis.Core.Integrity;

namespace StaticCrisis.Core.Features.Review;

/// <summary>
/// The second pair of eyes, recorded in the site folder (<c>review/</c>, beside content/, so it travels with the site in
/// git or on a shared drive): for each update file, who sent it for review, who approved which exact text (its SHA-256,
/// signed with the reviewer's own minisign key, and the text itself, against which the next change is shown), and
/// publishes forced without review, with their reason. Records are small JSON files, one per update and kind.
/// </summary>
public sealed class ReviewRecords(string siteDirectory)
{
    public const string Folder = "review";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Directory => Path.Combine(siteDirectory, Folder);

    /// <summary>The SHA-256 of an update's text as it is on disk now, in hex.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public ReviewRequest? RequestOf(string updatePath) => ReadJson<ReviewRequest>(PathOf(updatePath, "request.json"));

    public Approval? ApprovalOf(string updatePath) => ReadJson<Approval>(PathOf(updatePath, "approval.json"));

    public ForcedPublish? ForcedOf(string updatePath) => ReadJson<ForcedPublish>(PathOf(updatePath, "forced.json"));

    /// <summary>The text a reviewer last approved: what the next change is shown against; null before the first approval.</summary>
    public string? ApprovedText(string updatePath) => File.Exists(PathOf(updatePath, "approved.md")) ? File.ReadAllText(PathOf(updatePath, "approved.md")) : null;

    public void SendForReview(string updatePath, string text, string by, DateTimeOffset at) =>
        WriteJson(PathOf(updatePath, "request.json"), new ReviewRequest(updatePath, Hash(text), by, at));

    /// <summary>Approves this exact text: signs the statement with the reviewer's key, keeps the text, ends any request and forced mark.</summary>
    public Approval Approve(string updatePath, string text, Reviewer reviewer, MinisignSecretKey key, DateTimeOffset at)
    {
        var hash = Hash(text);
        var statement = Approval.Statement(updatePath, hash, reviewer.Name, at);
        var signature = MinisignSignature.Create(key, Encoding.UTF8.GetBytes(statement), $"approval of {updatePath} by {reviewer.Name}", "staticcrisis review approval");
        var approval = new Approval(updatePath, hash, reviewer.Name, key.PublicKey.KeyIdHex, at, signature.ToFileText());
        WriteJson(PathOf(updatePath, "approval.json"), approval);
        WriteText(PathOf(updatePath, "approved.md"), text);
        File.Delete(PathOf(updatePath, "request.json"));
        File.Delete(PathOf(updatePath, "forced.json"));
        return approval;
    }

    public void RecordForced(string updatePath, string text, string by, string reason, DateTimeOffset at) =>
        WriteJson(PathOf(updatePath, "forced.json"), new ForcedPublish(updatePath, Hash(text), by, reason, at));

    /// <summary>review/&lt;path under content/updates&gt;.&lt;kind&gt;: one folder tree, as the updates are laid out.</summary>
    private string PathOf(string updatePath, string kind)
    {
        var relative = updatePath.StartsWith("content/updates/", StringComparison.Ordinal) ? updatePath["content/updates/".Length..] : updatePath;
        return Path.Combine(Directory, relative + "." + kind);
    }

    private static T? ReadJson<T>(string path) where T : class
    {
        if (!File.Exists(path) || new FileInfo(path).Length > 64 * 1024)
            return null;
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null; // not ours, or damaged: as if it were not there, so nothing unproven counts as approved
        }
    }

    private static void WriteJson<T>(string path, T value) => WriteText(path, JsonSerializer.Serialize(value, Json) + "\n");

    private static void WriteText(string path, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>An update sent for review: by whom, when, and which text.</summary>
public sealed record ReviewRequest(string Path, string Sha256, string By, DateTimeOffset At);

/// <summary>A publish of a text no second person had approved: by whom, why, and when; it stays "not yet reviewed" until approved.</summary>
public sealed record ForcedPublish(string Path, string Sha256, string By, string Reason, DateTimeOffset At);

/// <summary>A reviewer's approval of one exact text, signed with their own key over <see cref="Statement"/>.</summary>
public sealed record Approval(string Path, string Sha256, string By, string KeyId, DateTimeOffset At, string Signature)
{
    /// <summary>What the reviewer signs: the file, the text's hash, their name and the time, one per line.</summary>
    public static string Statement(string path, string sha256, string by, DateTimeOffset at) =>
        $"staticcrisis review approval\npath: {path}\nsha256: {sha256}\nby: {by}\nat: {at.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'}\n";

    /// <summary>True when the signature is by the named reviewer's key in site.yml and covers this statement.</summary>
    public bool IsValid(ReviewSettings settings)
    {
        if (settings.Reviewers.FirstOrDefault(reviewer => reviewer.Name == By) is not { } reviewer || MinisignSignature.Parse(Signature) is not { } signature)
            return false;
        return signature.Verify(reviewer.PublicKey, Encoding.UTF8.GetBytes(Statement(Path, Sha256, By, At))) == SignatureCheck.Valid;
    }
}
