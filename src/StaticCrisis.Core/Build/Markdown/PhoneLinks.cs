using System.Text;
using System.Text.RegularExpressions;

namespace StaticCrisis.Core.Build.Markdown;

/// <summary>
/// Phone numbers written in an update's text become <c>tel:</c> links that never wrap inside the number and read left to
/// right on a right-to-left page (<c>dir="ltr"</c> isolates them), as the numbers the theme prints do. A number is one that
/// starts with 0 or + and has 7 to 15 digits ("0999-123 50", "+46 999 123 50"), or one of the national short numbers.
/// Text inside links, code and preformatted blocks is left as written.
/// </summary>
public static partial class PhoneLinks
{
    [GeneratedRegex(@"(?<![\w+\-/.,:])(?:\+\d{1,3}[ \-]?(?:\(0\))?|0)\d{1,4}(?:[ \-]?\d{2,4}){1,4}(?![\w\-/.,:]\d)|(?<![\w+\-])(?:112|1177|113 13|114 14)(?![\w\-])")]
    private static partial Regex Number();

    [GeneratedRegex(@"<(/?)(a|code|pre)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();

    /// <summary>"tel:" link for a phone number as written ("0999-123 00" → "tel:0999-12300").</summary>
    public static string TelUrl(string phone) => "tel:" + new string(phone.Where(c => char.IsAsciiDigit(c) || c is '+' or '-').ToArray());

    public static string Apply(string html)
    {
        if (!Number().IsMatch(html))
            return html;
        var result = new StringBuilder(html.Length + 64);
        var skipDepth = 0;
        var position = 0;
        while (position < html.Length)
        {
            var tagStart = html.IndexOf('<', position);
            var textEnd = tagStart < 0 ? html.Length : tagStart;
            var text = html[position..textEnd];
            result.Append(skipDepth > 0 ? text : Link(text));
            if (tagStart < 0)
                break;
            var tagEnd = html.IndexOf('>', tagStart);
            if (tagEnd < 0)
            {
                result.Append(html, tagStart, html.Length - tagStart);
                break;
            }
            var tag = html[tagStart..(tagEnd + 1)];
            if (Skipped().Match(tag) is { Success: true } match)
                skipDepth = Math.Max(0, skipDepth + (match.Groups[1].Length == 0 ? 1 : -1));
            result.Append(tag);
            position = tagEnd + 1;
        }
        return result.ToString();
    }

    private static string Link(string text) => Number().Replace(text, match =>
    {
        var digits = match.Value.Count(char.IsAsciiDigit);
        if (match.Value[0] is '0' or '+' && digits is < 7 or > 15)
            return match.Value;
        return $"<a class=\"tel\" href=\"{TelUrl(match.Value.Replace("(0)", "", StringComparison.Ordinal))}\" dir=\"ltr\">{match.Value}</a>";
    });
}
