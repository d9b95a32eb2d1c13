using System.Text;

namespace StaticCrisis.Cli.Publishing;

/// <summary>
/// The last defence for credentials: everything publish prints passes through here, a line at a time, and any secret in
/// it is replaced by "***" before it reaches the terminal or a log. Messages are built never to hold one; this catches
/// the message a server or a library echoes back.
/// </summary>
public sealed class SecretScrubbingWriter : TextWriter
{
    public const string Mask = "***";

    private readonly TextWriter _inner;
    private readonly string[] _secrets;
    private readonly StringBuilder _line = new();
    private readonly Lock _lock = new();

    public SecretScrubbingWriter(TextWriter inner, IEnumerable<string> secrets)
    {
        _inner = inner;
        // Longest first, so a secret that contains another is masked whole.
        _secrets = [.. Forms(secrets)];
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        lock (_lock)
        {
            _line.Append(value);
            // A progress bar redraws with '\r': each redraw is a line of its own.
            if (value is '\n' or '\r')
                FlushLine();
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
            return;
        lock (_lock)
        {
            foreach (var c in value)
            {
                _line.Append(c);
                if (c is '\n' or '\r')
                    FlushLine();
            }
        }
    }

    public override void Flush()
    {
        lock (_lock)
        {
            FlushLine();
            _inner.Flush();
        }
    }

    /// <summary>
    /// Masks every form of every secret in a whole message (a server's answer or a library's error may quote it
    /// percent-encoded, JSON- or HTML-escaped, or wrapped over lines), then makes it one line with nothing a terminal obeys.
    /// </summary>
    public static string Scrub(string text, IEnumerable<string> secrets)
    {
        foreach (var form in Forms(secrets))
        {
            // A line break (and the indent after it) may fall anywhere inside a form that a server wrapped.
            var wrapped = string.Join(@"(?:\r?\n[ \t]*)?", form.Select(c => System.Text.RegularExpressions.Regex.Escape(c.ToString())));
            text = System.Text.RegularExpressions.Regex.Replace(text, wrapped, Mask, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        return Core.Kernel.Diagnostics.TerminalText.Escape(text);
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
        System.Text.RegularExpressions.Regex.Replace(escaped, "%[0-9A-F]{2}", match => match.Value.ToLowerInvariant(), System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private void FlushLine()
    {
        if (_line.Length == 0)
            return;
        var text = _line.ToString();
        _line.Clear();
        foreach (var secret in _secrets)
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        _inner.Write(text);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Flush();
        base.Dispose(disposing);
    }
}
