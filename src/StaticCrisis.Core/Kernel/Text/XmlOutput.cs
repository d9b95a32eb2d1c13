using System.Text;
using System.Xml;

namespace StaticCrisis.Core.Kernel.Text;

/// <summary>How every XML file of the site is written: UTF-8 without BOM, indented with "\n", invalid characters refused.</summary>
public static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CheckCharacters = true,
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
