using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Features.Cap;

/// <summary>
/// OASIS CAP 1.2: <c>cap/&lt;identifier&gt;.xml</c> for every message of the site's incident (see <see cref="CapThreads"/>).
/// A message an earlier build published is written again with its bytes unchanged; a new one from the update as it is now.
/// Times carry the site's offset and never "Z", which CAP forbids.
/// </summary>
public static class CapMessageWriter
{
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";

    /// <param name="incident">Null unless 'cap' is enabled in site.yml.</param>
    /// <param name="translations">The site's other languages: a message has an &lt;info&gt; in each that has the update's text.</param>
    public static IEnumerable<OutputFile> WriteAll(SiteModel site, CapThreads? incident, UiStrings strings, IEnumerable<(SiteModel Site, UiStrings Strings)>? translations = null)
    {
        if (incident is null)
            return [];
        var others = translations?.Where(other => !other.Site.Edition.Language.Language.IsEasyToRead).ToList() ?? [];
        return incident.Messages.Select(message => message.Kept is { } bytes
            ? OutputFile.FromBytes(message.OutputPath, bytes)
            : Write(site, strings, incident, message, others));
    }

    /// <summary>
    /// One &lt;info&gt; per language, the main language's first: CAP's way of giving the same alert in several languages.
    /// Easy-to-read Swedish is not another language to an alerting system, so it has none.
    /// </summary>
    public static OutputFile Write(SiteModel site, UiStrings strings, CapThreads incident, CapMessage message, IReadOnlyList<(SiteModel Site, UiStrings Strings)>? translations = null)
    {
        var settings = incident.Settings;
        var rendered = message.Source;
        var update = rendered.Update;
        var references = incident.References(message);
        return OutputFile.Later(message.OutputPath, () => XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("alert", Namespace);
            xml.WriteElementString("identifier", Namespace, message.Identifier);
            xml.WriteElementString("sender", Namespace, message.Sender);
            xml.WriteElementString("sent", Namespace, message.SentText);
            xml.WriteElementString("status", Namespace, settings.Status);
            xml.WriteElementString("msgType", Namespace, incident.MsgType(message));
            xml.WriteElementString("scope", Namespace, "Public");
            if (references.Count > 0)
                xml.WriteElementString("references", Namespace, string.Join(' ', references.Select(other => other.Reference)));
            xml.WriteElementString("incidents", Namespace, incident.IncidentId(message));

            // An update first written in another language and not yet translated into the main one has no main info: its
            // text would be marked as the main language.
            if (rendered.Untranslated is null)
                WriteInfo(xml, site, strings, settings, message, rendered);
            foreach (var (other, otherStrings) in translations ?? [])
            {
                if (other.BySlug(update.Slug) is { Untranslated: null } translated)
                    WriteInfo(xml, other, otherStrings, settings, message, translated);
            }
            xml.WriteEndElement();
        }));
    }

    private static void WriteInfo(System.Xml.XmlWriter xml, SiteModel site, UiStrings strings, Settings.CapSettings settings, CapMessage message, RenderedUpdate rendered)
    {
        xml.WriteStartElement("info", Namespace);
        xml.WriteElementString("language", Namespace, strings.Lang);
        xml.WriteElementString("category", Namespace, settings.Category);
        // The language's own words for the event and the area, else the main language's.
        var words = site.Edition.Language.Cap;
        xml.WriteElementString("event", Namespace, words?.Event ?? settings.Event);
        // The update that resolves an incident tells alerting systems the threat is over.
        if (rendered.Update.State == IncidentState.Resolved)
            xml.WriteElementString("responseType", Namespace, "AllClear");
        xml.WriteElementString("urgency", Namespace, Urgency(rendered.Update.Severity));
        xml.WriteElementString("severity", Namespace, Severity(rendered.Update.Severity));
        xml.WriteElementString("certainty", Namespace, "Observed");
        // A planned disruption begins at its start and is over at its end; anything else holds for the site's expiry.
        var planned = rendered.Update.Planned;
        if (planned is not null)
            xml.WriteElementString("onset", Namespace, site.Rfc3339(planned.Start));
        var expires = planned is not null && planned.End > message.Sent ? planned.End : message.Sent + settings.ExpiresAfter;
        xml.WriteElementString("expires", Namespace, site.Rfc3339(expires));
        xml.WriteElementString("senderName", Namespace, site.Config.Title);
        xml.WriteElementString("headline", Namespace, rendered.Update.Title);
        xml.WriteElementString("description", Namespace, HtmlPlainText.From(site.FeedHtml(rendered)));
        if (rendered.Update.Advice is { } advice)
            xml.WriteElementString("instruction", Namespace, advice);
        xml.WriteElementString("web", Namespace, site.EntryId(rendered));
        if (settings.AreaDesc is not null)
        {
            xml.WriteStartElement("area", Namespace);
            xml.WriteElementString("areaDesc", Namespace, words?.AreaDesc ?? settings.AreaDesc);
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
