using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// OASIS CAP 1.2 (tests/schemas/cap12_extended.xsd, the OASIS schema with patterns for identifier, sender and references),
/// through .NET's XmlSchemaSet. Warnings count as failures: a document in another namespace would only warn.
/// </summary>
public static class CapSchema
{
    public static readonly XNamespace Cap = "urn:oasis:names:tc:emergency:cap:1.2";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(Path.Combine(StandardSchemas.Folder, "cap12_extended.xsd"), new XmlReaderSettings { XmlResolver = null });
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    /// <summary>Every error and warning of the document, with its line; empty when it is a valid CAP 1.2 alert.</summary>
    public static IReadOnlyList<string> Problems(string path)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{Path.GetFileName(path)}({e.Exception.LineNumber},{e.Exception.LinePosition}): {e.Severity}: {e.Message}");
        using (var reader = XmlReader.Create(path, settings))
        {
            while (reader.Read())
            {
            }
        }
        if (XDocument.Load(path).Root?.Name != Cap + "alert")
            problems.Add($"{Path.GetFileName(path)}: the root element is not {{{Cap}}}alert");
        return problems;
    }
}
