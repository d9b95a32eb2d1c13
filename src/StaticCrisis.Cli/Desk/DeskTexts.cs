using StaticCrisis.Core.Desk;
using StaticCrisis.Core.Features.Review;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Desk;

/// <summary>Every word of the desk's screens, in English and Swedish side by side.</summary>
public static class DeskTexts
{
    public static readonly Said Desk = new("Desk", "Skrivbordet");
    public static readonly Said Updates = new("Updates", "Meddelanden");
    public static readonly Said NewUpdate = new("New update", "Nytt meddelande");
    public static readonly Said FromTemplate = new("From template", "Från mall");
    public static readonly Said NoTemplate = new("No template", "Ingen mall");
    public static readonly Said Create = new("Create", "Skapa");
    public static readonly Said Open = new("Open", "Öppna");
    public static readonly Said Date = new("Date", "Datum");
    public static readonly Said Where = new("On the site", "På webbplatsen");
    public static readonly Said ReviewColumn = new("Review", "Granskning");
    public static readonly Said Save = new("Save", "Spara");
    public static readonly Said Saved = new("Saved.", "Sparat.");
    public static readonly Said SendForReview = new("Send for review", "Skicka på granskning");
    public static readonly Said SentForReview = new("Sent for review.", "Skickat på granskning.");
    public static readonly Said ReviewThis = new("Review the changes", "Granska ändringarna");
    public static readonly Said Approve = new("Approve this version", "Godkänn den här versionen");
    public static readonly Said Approved = new("Approved.", "Godkänt.");
    public static readonly Said NoKeyToApprove = new("This desk was opened without a reviewer's key (staticcrisis desk --key FILE), so it cannot approve.",
        "Skrivbordet öppnades utan en granskares nyckel (staticcrisis desk --key FIL), så det kan inte godkänna.");
    public static readonly Said Publish = new("Publish", "Publicera");
    public static readonly Said PublishNow = new("Publish now", "Publicera nu");
    public static readonly Said PublishPlan = new("What publishing would change, mirror by mirror (nothing is changed yet):", "Vad en publicering skulle ändra, spegel för spegel (inget är ändrat än):");
    public static readonly Said PublishResult = new("The result of publishing:", "Resultatet av publiceringen:");
    public static readonly Said ForceReason = new("Reason to publish without review (recorded; the updates stay marked not yet reviewed)", "Skäl att publicera utan granskning (sparas; meddelandena förblir märkta som ej granskade)");
    public static readonly Said LastPublished = new("Last published", "Senast publicerat");
    public static readonly Said Never = new("never from this desk", "aldrig från det här skrivbordet");
    public static readonly Said Problems = new("Problems", "Problem");
    public static readonly Said NoProblems = new("No problems: the build accepts this update.", "Inga problem: bygget godtar meddelandet.");
    public static readonly Said Elsewhere = new("Problems elsewhere on the site", "Problem på andra ställen på webbplatsen");
    public static readonly Said Preview = new("What residents will see", "Det invånarna ser");
    public static readonly Said PreviewUpdate = new("The update's page", "Meddelandets sida");
    public static readonly Said PreviewHome = new("The home page", "Startsidan");
    public static readonly Said PreviewBanner = new("The banner", "Bannern");
    public static readonly Said PreviewNotice = new("The printable notice", "Anslaget för utskrift");
    public static readonly Said Translate = new("Translate into", "Översätt till");
    public static readonly Said Original = new("The original", "Originalet");
    public static readonly Said Unreadable = new("The front matter of this file cannot be read, so the desk does not edit it. Open it in a text editor; the problem is:",
        "Filens inledning (front matter) går inte att läsa, så skrivbordet redigerar den inte. Öppna den i en textredigerare; problemet är:");
    public static readonly Said NotAnUpdate = new("There is no such update.", "Det finns inget sådant meddelande.");
    public static readonly Said OpenPrintedAddress = new("Open the desk at the address the terminal printed (it carries the desk's key).", "Öppna skrivbordet på adressen som terminalen skrev ut (den bär skrivbordets nyckel).");
    public static readonly Said Heading = new("Heading", "Rubrik");
    public static readonly Said List = new("List", "Lista");
    public static readonly Said Link = new("Link", "Länk");
    public static readonly Said Phone = new("Phone number", "Telefonnummer");
    public static readonly Said Services = new("Services", "Tjänster");
    public static readonly Said NoStatus = new("(not mentioned)", "(nämns inte)");
    public static readonly Said Planned = new("Planned disruption", "Planerat avbrott");
    public static readonly Said Changes = new("What changed since the approved version", "Vad som ändrats sedan den godkända versionen");
    public static readonly Said NeverApproved = new("Never approved: everything is new.", "Aldrig godkänt: allt är nytt.");
    public static readonly Said FieldColumn = new("Field", "Fält");
    public static readonly Said Before = new("Before", "Före");
    public static readonly Said After = new("After", "Efter");
    public static readonly Said Text = new("The text", "Texten");
    public static Said Sms(int units, int messages) => new($"SMS: {units} characters, {messages} message(s)", $"SMS: {units} tecken, {messages} meddelande(n)");
    public static Said PageWeight(double kb, int budget) => new($"Page: {kb:0.0} KB of the budget's {budget} KB", $"Sidan: {kb:0.0} kB av budgetens {budget} kB");

    public static Said Field(string key) => key switch
    {
        "title" => new("Title", "Rubrik"),
        "summary" => new("Summary", "Sammanfattning"),
        "date" => new("Date and time (the site's time zone)", "Datum och tid (webbplatsens tidszon)"),
        "updated" => new("Updated (when corrected)", "Uppdaterad (vid rättelse)"),
        "severity" => new("Severity", "Allvarlighetsgrad"),
        "pinned" => new("Pinned as the situation now", "Fäst som läget just nu"),
        "draft" => new("Draft (not published)", "Utkast (publiceras inte)"),
        "advice" => new("Advice to residents", "Råd till invånarna"),
        "sms" => new("SMS text", "SMS-text"),
        "tags" => new("Tags (separated by commas)", "Taggar (åtskilda med komma)"),
        "incident" => new("Incident id", "Händelsens id"),
        "state" => new("Incident state", "Händelsens läge"),
        "nextUpdate" => new("Next update promised at", "Nästa uppdatering utlovas"),
        "replaces" => new("Corrects or replaces (slug)", "Rättar eller ersätter (slug)"),
        "planned.start" => new("Planned: from", "Planerat: från"),
        "planned.end" => new("Planned: until", "Planerat: till"),
        "planned.state" => new("Planned: cancelled or postponed", "Planerat: inställt eller uppskjutet"),
        "body" => new("Text (Markdown)", "Text (Markdown)"),
        "services" => Services,
        "planned" => Planned,
        _ => new(key, key),
    };

    public static Said Kind(DeskUpdateKind kind) => kind switch
    {
        DeskUpdateKind.Draft => new("Draft", "Utkast"),
        DeskUpdateKind.Future => new("Dated ahead", "Daterat framåt"),
        _ => new("Published", "Publicerat"),
    };

    public static Said State(ReviewState? state) => state switch
    {
        ReviewState.Requested => new("Sent for review", "Skickat på granskning"),
        ReviewState.Approved => new("Approved", "Godkänt"),
        ReviewState.Forced => new("Published without review: not yet reviewed", "Publicerat utan granskning: ej granskat än"),
        ReviewState.Unreviewed => new("Not reviewed", "Ej granskat"),
        _ => new("No review needed", "Ingen granskning krävs"),
    };
}
