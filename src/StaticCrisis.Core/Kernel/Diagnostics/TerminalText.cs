using System.Globalization;
using System.Text;

namespace StaticCrisis.Core.Kernel.Diagnostics;

/// <summary>
/// Text from files, names or servers made safe to print: a control character (ESC starts terminal commands, a line
/// break forges a line) is shown as an escape such as <c>\n</c> or <c>\x1B</c>, never sent to the terminal as it is.
/// </summary>
public static class TerminalText
{
    public static string Escape(string value)
    {
        if (!NeedsEscaping(value))
            return value;
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case var _ when IsUnsafe(c):
                    builder.Append(c <= 0xFF ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}") : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (IsUnsafe(c))
                return true;
        }
        return false;
    }

    // C0, DEL and C1 controls, and the bidirectional overrides that make a terminal show text in another order than it is.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
