namespace StaticCrisis.Core.Kernel.Text;

/// <summary>
/// How many text messages an SMS needs (3GPP TS 23.038): text in the GSM 7-bit alphabet fits 160 characters in one
/// message or 153 per part, where the extension characters (^ { } \ [ ~ ] | €) count twice; anything else is sent
/// as UCS-2, 70 characters in one message or 67 per part.
/// </summary>
public static class SmsLength
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    public readonly record struct Result(bool Gsm, int Units, int Messages);

    public static Result Measure(string text)
    {
        var septets = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c, StringComparison.Ordinal))
                septets++;
            else if (Extension.Contains(c, StringComparison.Ordinal))
                septets += 2;
            else
                return Ucs2(text);
        }
        return new Result(true, septets, Parts(septets, 160, 153));
    }

    private static Result Ucs2(string text) => new(false, text.Length, Parts(text.Length, 70, 67)); // UTF-16 code units

    private static int Parts(int units, int single, int perPart) =>
        units == 0 ? 0 : units <= single ? 1 : (units + perPart - 1) / perPart;
}
