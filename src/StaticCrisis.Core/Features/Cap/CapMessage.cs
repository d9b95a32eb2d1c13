using StaticCrisis.Core.Build.Markdown;

namespace StaticCrisis.Core.Features.Cap;

/// <summary>
/// One CAP message: one version of a published update, sent at the update's date or at one of its 'updated' times.
/// <see cref="Kept"/> holds the bytes of a message an earlier build already published, which are written again unchanged.
/// </summary>
public sealed record CapMessage(string Identifier, string Sender, DateTimeOffset Sent, string SentText, RenderedUpdate Source, byte[]? Kept)
{
    public const string Folder = "cap";

    public const string MediaType = "application/cap+xml";

    public string OutputPath => $"{Folder}/{Identifier}.xml";

    /// <summary>How later messages name this one in 'references': sender,identifier,sent.</summary>
    public string Reference => $"{Sender},{Identifier},{SentText}";
}
