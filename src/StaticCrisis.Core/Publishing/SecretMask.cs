using System.Text.RegularExpressions;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// Credentials never reach a message: a server's answer or a library's error that echoes one has it masked here, and the
/// CLI masks whatever it prints the same way.
/// </summary>
public static class SecretMask
{
    public const string Mask = "***";

    /// <summary>
    /// Masks every form of every secret in a whole message (a server's answer or a library's error may quote it
    /// percent-encoded, JSON- or HTML-escaped, or wrapped over lines), then makes it one line with nothing a terminal obeys.
    /// </summary>
    public static string Scrub(string text, IEnumerable<string> secrets)
    {
        foreach (var form in Forms(secrets))
        {
            // A line break (and the indent after it) may fall anywhere inside a form that a server wrapped.
            var wrapped = string.Join(@"(?:\r?\n[ \t]*)?", form.Select(c => Regex.Escape(c.ToString())));
            text = Regex.Replace(text, wrapped, Mask, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        return TerminalText.Escape(text);
    }

    /// <summary>A secret as it may come back: as it is, percent-encoded (either case), form-encoded, JSON-, HTML- and XML-escaped.</summary>
    public static IEnumerable<string> Forms(IEnumerable<string> secrets) => secrets
        .Where(secret => secret.Length > 0)
        .SelectMany(secret => (string[])
        [
            secret,
            Uri.EscapeDataString(secret),
            LowerHexEscapes(Uri.EscapeDataString(secret)),
            System.Net.WebUtility.UrlEncode(secret),
            System.Text.Json.JsonEncodedText.Encode(secret).ToString(),
            System.Text.Json.JsonEncodedText.Encode(secret, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
            System.Net.WebUtility.HtmlEncode(secret),
            System.Security.SecurityElement.Escape(secret),
            System.Security.SecurityElement.Escape(secret).Replace("&apos;", "'", StringComparison.Ordinal),
        ])
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(form => form.Length);

    private static string LowerHexEscapes(string escaped) =>
        Regex.Replace(escaped, "%[0-9A-F]{2}", match => match.Value.ToLowerInvariant(), RegexOptions.None, TimeSpan.FromSeconds(1));
}
