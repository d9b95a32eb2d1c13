using System.Text.Encodings.Web;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>
/// Escapes exactly what HTML text and quoted attributes need (&amp; &lt; &gt; " '), nothing more: the default encoders
/// also escape '+' and every non-ASCII letter, which makes pages bigger and view-source unreadable for no safety gain in UTF-8 pages.
/// </summary>
public sealed class MinimalHtmlEncoder : HtmlEncoder
{
    public static readonly MinimalHtmlEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6; // "&quot;"

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (NeedsEncoding(text[i]))
                return i;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => null,
        };
        if (replacement is null)
        {
            var text = char.ConvertFromUtf32(unicodeScalar);
            return Copy(text, buffer, bufferLength, out numberOfCharactersWritten);
        }
        return Copy(replacement, buffer, bufferLength, out numberOfCharactersWritten);
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"' or '\'';

    private static bool NeedsEncoding(char c) => c is '&' or '<' or '>' or '"' or '\'';

    private static unsafe bool Copy(string text, char* buffer, int bufferLength, out int written)
    {
        if (text.Length > bufferLength)
        {
            written = 0;
            return false;
        }
        for (var i = 0; i < text.Length; i++)
            buffer[i] = text[i];
        written = text.Length;
        return true;
    }
}
