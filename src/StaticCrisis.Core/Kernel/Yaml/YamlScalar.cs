using System.Globalization;
using System.Text;

namespace StaticCrisis.Core.Kernel.Yaml;

/// <summary>Writes text as a YAML scalar that reads back as exactly that text, whatever quotes, colons or '#' it holds.</summary>
public static class YamlScalar
{
    /// <summary>A double-quoted scalar: backslash, quote and control characters escaped.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
