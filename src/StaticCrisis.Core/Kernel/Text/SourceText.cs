using System.Buffers;
using System.Text;
using System.Text.Unicode;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Kernel.Text;

/// <summary>Turns a file's bytes into text the parsers can trust: strict UTF-8, no BOM, LF line endings.</summary>
public static class SourceText
{
    /// <summary>Returns null (and reports why) for files that are binary or not UTF-8.</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8))
            span = span[3..];
        if (span.IndexOf((byte)0) >= 0)
        {
            diagnostics.Add(Problems.FileBinary(path));
            return null;
        }
        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var bomLength = bytes.Length - span.Length;
            diagnostics.Add(Problems.FileNotUtf8(path, read + bomLength));
            return null;
        }
        var text = new string(chars, 0, written);
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>Text for titles and summaries: control characters (invalid in XML, invisible on screen) dropped, whitespace collapsed.</summary>
    public static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (char.IsControl(c) || char.IsSurrogate(c) && !char.IsHighSurrogate(c) && !char.IsLowSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                continue;
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Text that keeps its lines (HTML for feeds and APIs) without the characters XML 1.0 refuses: control characters
    /// other than tab and line feed, lone surrogates and U+FFFE/U+FFFF.
    /// </summary>
    public static string WithoutControlCharacters(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }
            if (char.IsControl(c) && c is not ('\n' or '\t') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
