using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticCrisis.Core.Kernel.Text;

/// <summary>How every JSON file of the site is written: indented with "\n", letters of every language unescaped.</summary>
public static class JsonOutput
{
    // The files are served as JSON, never inlined in HTML, so '<' and 'å' can stay as they are and stay readable.
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
            write(json);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
