using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// What a copy's review.json says of its review, checked: only a review.json the manifest lists with the same hash is
/// read, and an approval counts only when its statement is signed by the key review.json gives for that reviewer (the
/// site's signature over the manifest vouches for those keys).
/// </summary>
public sealed record ReviewAttestation(int Updates, int Approved, int NotReviewed)
{
    public const string Path = "review.json";

    /// <summary>Null when the copy has no review.json, or one that is not the file its manifest lists.</summary>
    public static async Task<ReviewAttestation?> ReadAsync(HttpClient http, CopyVerification verification, CancellationToken cancellationToken)
    {
        if (verification.Files.FirstOrDefault(check => check.Path == Path) is not { Matches: true } listed)
            return null;
        var (bytes, _) = await CopyVerifier.FetchFileAsync(http, verification.Copy, Path, cancellationToken).ConfigureAwait(false);
        if (bytes is null || !Convert.ToHexStringLower(SHA256.HashData(bytes)).Equals(listed.ExpectedHash, StringComparison.OrdinalIgnoreCase))
            return null;
        return Parse(bytes);
    }

    public static ReviewAttestation? Parse(byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes);
            var keys = new Dictionary<string, MinisignPublicKey>(StringComparer.Ordinal);
            foreach (var reviewer in json.RootElement.GetProperty("reviewers").EnumerateArray())
            {
                if (MinisignPublicKey.TryParse(reviewer.GetProperty("publicKey").GetString() ?? "", out var key))
                    keys[reviewer.GetProperty("name").GetString() ?? ""] = key!;
            }
            int updates = 0, approved = 0;
            foreach (var update in json.RootElement.GetProperty("updates").EnumerateArray())
            {
                updates++;
                if (update.GetProperty("state").GetString() == "approved"
                    && update.TryGetProperty("by", out var by) && keys.TryGetValue(by.GetString() ?? "", out var key)
                    && update.TryGetProperty("statement", out var statement) && update.TryGetProperty("signature", out var signature)
                    && MinisignSignature.Parse(signature.GetString() ?? "") is { } parsed
                    && parsed.Verify(key, Encoding.UTF8.GetBytes(statement.GetString() ?? "")) == SignatureCheck.Valid)
                    approved++;
            }
            return new ReviewAttestation(updates, approved, updates - approved);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
