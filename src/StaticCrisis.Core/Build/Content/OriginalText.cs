using System.Security.Cryptography;
using System.Text;

namespace StaticCrisis.Core.Content;

/// <summary>
/// A short hash of the words of an update (title, summary, body, advice, SMS, banner), the part a translation translates:
/// a translation records it, and a later hash that differs means the original's words have changed since.
/// Dates and statuses are not in it: a translation takes those from its original, so they are never out of date.
/// </summary>
public static class OriginalText
{
    private const int Length = 12;

    public static string Hash(Update update)
    {
        var text = new StringBuilder()
            .Append(update.Title).Append('\n')
            .Append(update.Summary).Append('\n')
            .Append(update.Advice).Append('\n')
            .Append(update.Sms).Append('\n')
            .Append(update.Banner?.Headline).Append('\n')
            .Append(update.Banner?.Text).Append('\n')
            .Append(update.Body.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd())
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..Length];
    }

    public static bool IsHash(string text) => text.Length == Length && text.All(Uri.IsHexDigit);
}
