using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Features.Cap;

/// <summary>
/// OASIS CAP 1.2: <c>cap/&lt;identifier&gt;.xml</c> for every message of the site's incident (see <see cref="CapIncident"/>).
/// A message an earlier build published is written again with its bytes unchanged; a new one from the update as it is now.
/// Times carry the site's offset and never "Z", which CAP forbids.
/// </summary>
public static class CapMessageWriter
{
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";

    /// <param name="incident">Null unless 'cap' is enabled in site.yml.</param>
    public static IEnumerable<OutputFile> WriteAll(SiteModel site, CapIncident? incident, UiStrings strings)
    {
        if (incident is null)
            return [];
        return incident.Messages.Select(message => message.Kept is { } bytes
            ? OutputFile.FromBytes(message.OutputPath, bytes)
            : Write(site, strings, incident, message));
    }

    public static OutputFile Write(SiteModel site, UiStrings strings, CapIncident incident, CapMessage message)
    {
        var settings = incident.Settings;
        var rendered = message.Source;
        var update = rendered.Update;
        var earlier = incident.Earlier(message);
        return OutputFile.Later(message.OutputPath, () => XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("alert", Namespace);
            xml.WriteElementString("identifier", Namespace, message.Identifier);
            xml.WriteElementString("sender", Namespace, message.Sender);
            xml.WriteElementString("sent", Namespace, message.SentText);
            xml.WriteElementString("status", Namespace, settings.Status);
            xml.WriteElementString("msgType", Namespace, earlier.Count == 0 ? "Alert" : "Update");
            xml.WriteElementString("scope", Namespace, "Public");
            if (earlier.Count > 0)
                xml.WriteElementString("references", Namespace, string.Join(' ', earlier.Select(other => other.Reference)));
            if (incident.IncidentId is { } incidentId)
                xml.WriteElementString("incidents", Namespace, incidentId);

            xml.WriteStartElement("info", Namespace);
            xml.WriteElementString("language", Namespace, strings.Lang);
            xml.WriteElementString("category", Namespace, settings.Category);
            xml.WriteElementString("event", Namespace, settings.Event);
            xml.WriteElementString("urgency", Namespace, Urgency(update.Severity));
            xml.WriteElementString("severity", Namespace, Severity(update.Severity));
            xml.WriteElementString("certainty", Namespace, "Observed");
            xml.WriteElementString("expires", Namespace, site.Rfc3339(message.Sent + settings.ExpiresAfter));
            xml.WriteElementString("senderName", Namespace, site.Config.Title);
            xml.WriteElementString("headline", Namespace, update.Title);
            xml.WriteElementString("description", Namespace, HtmlPlainText.From(site.FeedHtml(rendered)));
            if (update.Advice is { } advice)
                xml.WriteElementString("instruction", Namespace, advice);
            xml.WriteElementString("web", Namespace, site.EntryId(rendered));
            if (settings.AreaDesc is { } areaDesc)
            {
                xml.WriteStartElement("area", Namespace);
                xml.WriteElementString("areaDesc", Namespace, areaDesc);
                if (settings.Geocode is { } geocode)
                {
                    xml.WriteStartElement("geocode", Namespace);
                    xml.WriteElementString("valueName", Namespace, geocode.ValueName);
                    xml.WriteElementString("value", Namespace, geocode.Value);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }));
    }

    /// <summary>CAP severity; never Extreme automatically: that is for a person to decide.</summary>
    public static string Severity(Severity severity) => severity switch
    {
        Content.Severity.Critical => "Severe",
        Content.Severity.Warning => "Moderate",
        _ => "Minor", // info and notice
    };

    public static string Urgency(Severity severity) => severity switch
    {
        Content.Severity.Critical => "Immediate",
        Content.Severity.Warning => "Expected",
        _ => "Future", // info and notice
    };
}
