using System.Text;

namespace StaticCrisis.Core.Output;

/// <summary>A file of the built site: bytes made by the build, or a file copied as it is.</summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile FromText(string path, string text) => new(path, Utf8.GetBytes(text), null);

    public static OutputFile FromBytes(string path, byte[] bytes) => new(path, bytes, null);

    public static OutputFile Copy(string path, string sourceFullPath) => new(path, null, sourceFullPath);

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
