using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using StaticCrisis.Core.Build.Output;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Features.Cap;

/// <summary>
/// Reads the CAP messages the previous build published (<c>cap/*.xml</c> in an output folder staticcrisis wrote), so that a
/// message, once published, keeps its bytes although the update's text has changed since, and so that later messages can
/// reference versions the current content no longer names (an 'updated' time since replaced by a newer one).
/// Files that are not CAP messages of this tool's shape are ignored: they are simply not kept.
/// </summary>
public static class PreviousCapMessages
{
    private const string CapNamespace = "urn:oasis:names:tc:emergency:cap:1.2";

    /// <summary>Our messages are a few KB; anything much larger was not written by us.</summary>
    private const long LargestMessage = 1024 * 1024;

    public static IReadOnlyList<PreviousCapMessage> Read(string outputDirectory)
    {
        var folder = Path.Combine(outputDirectory, "cap");
        if (!File.Exists(Path.Combine(outputDirectory, OutputFolderGuard.MarkerFile)) || !Directory.Exists(folder))
            return [];
        var messages = new List<PreviousCapMessage>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            // Only files the build wrote: a link or a named pipe planted in the published folder is never opened.
            if (FileKinds.Of(path) == FileKind.Regular && new FileInfo(path).Length <= LargestMessage && TryRead(path) is { } message)
                messages.Add(message);
        }
        return messages;
    }

    private static PreviousCapMessage? TryRead(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var stream = new MemoryStream(bytes);
            var alert = XDocument.Load(stream).Root;
            XNamespace cap = CapNamespace;
            if (alert is null || alert.Name != cap + "alert")
                return null;
            var identifier = (string?)alert.Element(cap + "identifier");
            var sender = (string?)alert.Element(cap + "sender");
            var status = (string?)alert.Element(cap + "status");
            var sentText = (string?)alert.Element(cap + "sent");
            if (identifier is null || sender is null || status is null || sentText is null || Path.GetFileName(path) != identifier + ".xml"
                || !DateTimeOffset.TryParseExact(sentText, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sent))
                return null;
            return new PreviousCapMessage(identifier, sender, status, sent, sentText, bytes);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
