using System.Globalization;
using System.Text;

namespace StaticCrisis.Core.Kernel.Text;

/// <summary>URL- and file-name-safe names: lowercase a-z, digits and single hyphens.</summary>
public static class Slugs
{
    /// <summary>Makes a slug from any text: "Vatten & avlopp – Ö" becomes "vatten-avlopp-o".</summary>
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue; // å → a, é → e
            var lower = char.ToLowerInvariant(c) switch
            {
                'æ' => "ae",
                'ø' => "o",
                'ß' => "ss",
                'đ' => "d",
                'ł' => "l",
                var other => other.ToString(),
            };
            foreach (var letter in lower)
            {
                if (letter is >= 'a' and <= 'z' or >= '0' and <= '9')
                    builder.Append(letter);
                else if (builder.Length > 0 && builder[^1] != '-')
                    builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>True when a written slug is safe to use as a file name and in a URL as it is.</summary>
    public static bool IsSafe(string slug) =>
        slug.Length is > 0 and <= 200 && slug[0] != '-' && slug[^1] != '-' && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    /// <summary>Ids of services and the like: lowercase letters, digits, '-' and '_'.</summary>
    public static bool IsSafeId(string id) =>
        id.Length is > 0 and <= 100 && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');
}
