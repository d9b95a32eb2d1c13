using System.Globalization;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing;
using StaticCrisis.Core.Site;
using static StaticCrisis.Core.Kernel.Diagnostics.Problems;

namespace StaticCrisis.Cli.Terminal;

/// <summary>
/// Everything the commands print that is not a diagnostic (those are in <see cref="Problems"/>): summaries, advice,
/// the preview's panel and --help, each in English and Swedish side by side.
/// </summary>
public static class Texts
{
    private static string N(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Everywhere
    public static readonly Said UsageHint = new("Run 'staticcrisis --help' for usage.", "Kör 'staticcrisis --help' för att se hur kommandot används.");

    public static readonly Said WhileRebuilding = new(" while rebuilding", " vid ombyggnad");
    public static readonly Said WhileMakingAPage = new(" while making a page", " när en sida skapades");
    public static readonly Said WhileCheckingEveryPage = new(" while checking every page", " när alla sidor kontrollerades");

    public static readonly Said NothingWritten = new("Nothing was written; the site already published is unchanged.", "Inget skrevs; den redan publicerade webbplatsen är oförändrad.");

    public static readonly Said SigningKeyNotOpened = new("The signing key could not be opened.", "Signeringsnyckeln gick inte att öppna.");

    public static Said ErrorCount(int errors) => new(N($"{Count(errors, "error", "errors")}"), N($"{Count(errors, "fel", "fel")}"));

    public static Said WarningCount(int warnings) => new(Count(warnings, "warning", "warnings"), Count(warnings, "varning", "varningar"));

    // build and check
    public static Said BuildFailed(int errors) => new($"Build failed: {ErrorCount(errors).English}.", $"Bygget misslyckades: {ErrorCount(errors).Swedish}.");

    public static Said Built(int pages, int updates, int feedItems, int warnings, string unpublished, string where, TimeSpan elapsed) =>
        new(N($"Built {Count(pages, "page", "pages")} ({Count(updates, "update", "updates")}, {feedItems} in the feed, {WarningCount(warnings).English}{unpublished}) into {where} in {elapsed.TotalSeconds:0.00} s"),
            N($"Byggde {Count(pages, "sida", "sidor")} ({Count(updates, "meddelande", "meddelanden")}, {feedItems} i flödet, {WarningCount(warnings).Swedish}{unpublished}) i {where} på {elapsed.TotalSeconds:0.00} s"));

    public static Said SignedManifest(string manifest, string keyId, string signature) =>
        new($"Signed {manifest} with key {keyId} ({signature})", $"Signerade {manifest} med nyckeln {keyId} ({signature})");

    public static Said CheckFailed(int errors) => new($"Check failed: {ErrorCount(errors).English}.", $"Kontrollen misslyckades: {ErrorCount(errors).Swedish}.");

    public static Said Checked(int updates, int pages, int links, int warnings, string unpublished, TimeSpan elapsed) =>
        new(N($"Checked {Count(updates, "update", "updates")} and {Count(pages, "page", "pages")}{(links > 0 ? $", {links} links in the output" : "")}: no errors, {WarningCount(warnings).English}{unpublished} ({elapsed.TotalSeconds:0.00} s)"),
            N($"Kontrollerade {Count(updates, "meddelande", "meddelanden")} och {Count(pages, "sida", "sidor")}{(links > 0 ? $", {links} länkar i utdata" : "")}: inga fel, {WarningCount(warnings).Swedish}{unpublished} ({elapsed.TotalSeconds:0.00} s)"));

    /// <summary>"; not published: 1 draft, 2 dated in the future", or nothing when every update is on the site.</summary>
    public static Said UnpublishedSummary(IReadOnlyList<UnpublishedUpdate> unpublished)
    {
        if (unpublished.Count == 0)
            return new("", "");
        var drafts = unpublished.Count(left => left.IsDraft);
        var future = unpublished.Count(left => !left.IsDraft && left.IsFuture);
        var english = new List<string>();
        var swedish = new List<string>();
        if (drafts > 0)
        {
            english.Add(Count(drafts, "draft", "drafts"));
            swedish.Add(Count(drafts, "utkast", "utkast"));
        }
        if (future > 0)
        {
            english.Add($"{future} dated in the future");
            swedish.Add($"{future} daterade framåt i tiden");
        }
        return new("; not published: " + string.Join(", ", english), "; inte publicerade: " + string.Join(", ", swedish));
    }

    public static Said NotPublished(UnpublishedUpdate left) => left.IsDraft
        ? new($"not published: {left.SourcePath}: a draft (set 'draft: false' to publish it)",
            $"inte publicerat: {left.SourcePath}: ett utkast (sätt 'draft: false' för att publicera det)")
        : new(N($"not published: {left.SourcePath}: dated {left.Date:yyyy-MM-dd HH:mm}, {Ahead(left.Ahead).English} ahead (it appears then; --future shows it now)"),
            N($"inte publicerat: {left.SourcePath}: daterat {left.Date:yyyy-MM-dd HH:mm}, om {Ahead(left.Ahead).Swedish} (det syns då; --future visar det nu)"));

    // new
    public static Said LanguageSummary(Core.Features.Languages.LanguageReport language) => new(
        $"Language {language.Code}: {language.Untranslated.Count} not translated, {language.Stale.Count} out of date, {language.Unrecorded.Count} without a record of their original"
            + (language.StringsReviewed ? "" : "; the theme's strings are not yet reviewed by a native speaker (notice)"),
        $"Språket {language.Code}: {language.Untranslated.Count} inte översatta, {language.Stale.Count} inaktuella, {language.Unrecorded.Count} utan uppgift om sitt original"
            + (language.StringsReviewed ? "" : "; temats texter är ännu inte granskade av någon som har språket som modersmål (notering)"));
    public static Said TranslationOutOfDate(string original, string language) =>
        new($"out of date: the translation of {original} (the original has changed since; translate the change, then run 'staticcrisis new --translation-of {original} --language {language}')",
            $"inaktuell: översättningen av {original} (originalet har ändrats sedan; översätt ändringen och kör sedan 'staticcrisis new --translation-of {original} --language {language}')");
    public static Said TranslationUnrecorded(string path) =>
        new($"no record of its original: {path} (whether it is out of date cannot be told; 'staticcrisis new --translation-of' adds it)",
            $"ingen uppgift om originalet: {path} (om den är inaktuell går inte att avgöra; 'staticcrisis new --translation-of' lägger till den)");
    public static Said NotTranslated(string path) =>
        new($"not translated: {path}", $"inte översatt: {path}");
    public static Said TranslationBegun(string path) =>
        new($"Translate the words in {path}, then remove 'draft: true'.", $"Översätt texten i {path} och ta sedan bort 'draft: true'.");
    public static Said TranslationRefreshed(string path) =>
        new($"{path} is now marked as translated from the original as it is now.", $"{path} är nu markerad som översatt från originalet som det ser ut nu.");
    public static readonly Said NoUpdateCreated = new("No update was created.", "Inget meddelande skapades.");

    /// <param name="placeholder">The template's marker ("[TÄYDENNÄ:"), in the site's language; null when it has none.</param>
    public static Said WrittenAsDraft(string path, string? placeholder) =>
        new($"It is a draft, so it is not published yet: fill in every {placeholder ?? "[FILL IN:"} …], then change 'draft: true' to 'draft: false' in {path} (the preview shows drafts with 'staticcrisis serve --drafts').",
            $"Det är ett utkast, så det publiceras inte än: fyll i varje {placeholder ?? "[FYLL I:"} …], ändra sedan 'draft: true' till 'draft: false' i {path} (förhandsvisningen visar utkast med 'staticcrisis serve --drafts').");

    // init
    public static Said Created(string folder, int files) => new($"Created a site in {folder} ({files} files).", $"Skapade en webbplats i {folder} ({files} filer).");

    public static Said NextSteps(string site, string templates) =>
        new($"""

            Next:
              1. Edit site.yml: title, baseUrl, contact and services.
              2. Preview while you write:   staticcrisis serve{site}
              3. Write an update:           staticcrisis new "Title" --from-template NAME{site}
                 Templates: {templates}
              4. Build, then upload the output folder anywhere:   staticcrisis build{site}
            """,
            $"""

            Sedan:
              1. Redigera site.yml: titel, baseUrl, kontakt och tjänster.
              2. Förhandsvisa medan du skriver:   staticcrisis serve{site}
              3. Skriv ett meddelande:            staticcrisis new "Rubrik" --from-template NAMN{site}
                 Mallar: {templates}
              4. Bygg, och ladda sedan upp utdatamappen var som helst:   staticcrisis build{site}
            """);

    // serve
    public static Said DeskOpen(Uri address) =>
        new($"The desk is open at {address} – open it in a browser on this computer (the key in it is the desk's own). Press Ctrl+C to stop.",
            $"Skrivbordet är öppet på {address} – öppna den i en webbläsare på den här datorn (nyckeln i den är skrivbordets egen). Tryck Ctrl+C för att sluta.");

    public static Said Serving(string folder, Uri address) =>
        new($"Serving {folder} at {address} – open it in a browser. Press Ctrl+C to stop.", $"Visar {folder} på {address} – öppna den i en webbläsare. Tryck Ctrl+C för att sluta.");

    public static Said ListeningBeyondLoopback(string address) =>
        new($"Listening on {address}: other computers that can reach this one can see the preview, drafts included.",
            $"Lyssnar på {address}: andra datorer som når den här kan se förhandsvisningen, utkast inräknade.");

    public static readonly Said Stopped = new("Stopped.", "Stoppad.");

    public static Said PreviewBuilt(TimeSpan elapsed, int pages, int updates, int warnings) =>
        new(N($"Built in {elapsed.TotalMilliseconds:0} ms: {Count(pages, "page", "pages")} ({Count(updates, "update", "updates")}, {WarningCount(warnings).English} so far), each made when first opened; checking them all in the background"),
            N($"Byggde på {elapsed.TotalMilliseconds:0} ms: {Count(pages, "sida", "sidor")} ({Count(updates, "meddelande", "meddelanden")}, {WarningCount(warnings).Swedish} hittills), var och en skapas när den först öppnas; alla kontrolleras i bakgrunden"));

    public static Said PreviewFailed(int errors, bool hasGoodBuild) =>
        new($"Build failed: {ErrorCount(errors).English}. {(hasGoodBuild ? "Still showing the last good build." : "Nothing to show until it is fixed.")}",
            $"Bygget misslyckades: {ErrorCount(errors).Swedish}. {(hasGoodBuild ? "Visar fortfarande senaste fungerande bygge." : "Inget att visa förrän det är rättat.")}");

    public static Said PreviewChecked(int pages, TimeSpan elapsed, int notMade, int warnings) =>
        new(N($"Checked all {pages} pages in {elapsed.TotalMilliseconds:0} ms: {(notMade == 0 ? "" : $"{notMade} could not be made, ")}{WarningCount(warnings).English} in all"),
            N($"Kontrollerade alla {pages} sidor på {elapsed.TotalMilliseconds:0} ms: {(notMade == 0 ? "" : $"{notMade} gick inte att skapa, ")}{WarningCount(warnings).Swedish} totalt"));


    // The preview's panel and pages (HTML; the words here are plain text, encoded where they are put in).
    public static readonly Said PanelFailedHeading = new("The latest save does not build – you are seeing the last good version.", "Den senaste ändringen går inte att bygga – du ser senaste fungerande version.");
    public static readonly Said PanelFailedAdvice = new("Fix these problems and save:", "Rätta de här problemen och spara:");
    public static readonly Said PanelWarningsHeading = new("What the build says", "Det här säger bygget");
    public static readonly Said PanelWarningsAdvice = new("The site builds. These are the warnings and the updates left out, as build would print them:",
        "Webbplatsen byggs. Här är varningarna och de meddelanden som inte kommer med, som build skulle skriva dem:");
    public static readonly Said ErrorPageTitle = new("Build failed", "Bygget misslyckades");
    public static readonly Said ErrorPageHeading = new("The site does not build yet", "Webbplatsen går inte att bygga än");
    public static readonly Said ErrorPageAdvice = new("Fix the problems below and save; this page reloads by itself.", "Rätta problemen nedan och spara; sidan laddas om av sig själv.");
    public static readonly Said FailedPageTitle = new("Page failed", "Sidan misslyckades");
    public static readonly Said FailedPageHeading = new("This page could not be made", "Sidan gick inte att skapa");
    public static readonly Said FailedPageAdvice = new("The terminal shows the details. Fix the problem and save; this page reloads by itself.",
        "Terminalen visar detaljerna. Rätta problemet och spara; sidan laddas om av sig själv.");

    // publish
    public static readonly Said DryRunDone = new("Dry run: nothing was changed on any mirror.", "Provkörning: inget ändrades på någon spegel.");
    public static Said MirrorFailed(string mirror, string failure) => new($"{mirror}: FAILED: {failure}", $"{mirror}: MISSLYCKADES: {failure}");
    public static readonly Said RunAgainToResume = new("Run publish again to resume.", "Kör publish igen för att fortsätta.");
    public static Said MirrorNotVerified(string mirror, Uri? url, string problem) => new($"{mirror}: NOT VERIFIED at {url}: {problem}", $"{mirror}: INTE BEKRÄFTAD på {url}: {problem}");
    public static Said PublishingFailed(int failed, int all, string names) =>
        new($"Publishing failed on {failed} of {all} mirrors: {names}.", $"Publiceringen misslyckades på {failed} av {all} speglar: {names}.");
    public static Said Published(int mirrors) => new($" to {Count(mirrors, "mirror", "mirrors")}.", $" till {Count(mirrors, "spegel", "speglar")}.");
    public static readonly Said PublishedWord = new("Published", "Publicerade");

    // publish --watch
    public static Said WatchRound(string time, WatchReason reason) => reason switch
    {
        WatchReason.SiteChangesByItself => new($"{time}: the site changes by itself now: publishing.", $"{time}: webbplatsen ändras av sig själv nu: publicerar."),
        WatchReason.FilesChanged => new($"{time}: files changed: publishing.", $"{time}: filer ändrades: publicerar."),
        WatchReason.Retry => new($"{time}: trying the mirrors again.", $"{time}: försöker med speglarna igen."),
        _ => new($"{time}: publishing, then watching.", $"{time}: publicerar och bevakar sedan."),
    };
    public static Said WatchWaiting(string? wake, bool isNextChange) => wake is null
        ? new("Watching: publishing again when a file changes (nothing on the site changes by itself). Ctrl+C stops.",
            "Bevakar: publicerar igen när en fil ändras (inget på webbplatsen ändras av sig själv). Ctrl+C stoppar.")
        : isNextChange
            ? new($"Watching: publishing again at {wake}, when the site changes by itself, or when a file changes. Ctrl+C stops.",
                $"Bevakar: publicerar igen {wake}, då webbplatsen ändras av sig själv, eller när en fil ändras. Ctrl+C stoppar.")
            : new($"Watching: trying the mirrors again at {wake}, or when a file changes. Ctrl+C stops.",
                $"Bevakar: försöker med speglarna igen {wake}, eller när en fil ändras. Ctrl+C stoppar.");
    public static readonly Said WatchNeedsClock = new("--watch publishes by the clock; unset SOURCE_DATE_EPOCH, which fixes the time, to use it.",
        "--watch publicerar efter klockan; ta bort SOURCE_DATE_EPOCH, som låser tiden, för att använda den.");
    public static readonly Said WatchNotWith = new("--watch builds and publishes each time: it cannot be used with --dry-run or --no-build.",
        "--watch bygger och publicerar varje gång: den går inte att använda med --dry-run eller --no-build.");
    public static Said HubTold(string hub, int feeds) =>
        new($"Told the WebSub hub {hub} about {Count(feeds, "changed feed", "changed feeds")}.", $"Berättade för WebSub-hubben {hub} om {Count(feeds, "ändrat flöde", "ändrade flöden")}.");
    public static readonly Said MirrorsExample = new("For example, a folder (a USB stick or a mounted share) and a web host over SFTP:",
        "Till exempel en mapp (ett USB-minne eller en monterad utdelning) och ett webbhotell över SFTP:");
    public static readonly Said ManifestMissingOnMirror = new("  no SHA256SUMS on the mirror (first publish?): uploading every file, deleting nothing",
        "  ingen SHA256SUMS på spegeln (första publiceringen?): laddar upp alla filer, tar inte bort något");
    public static readonly Said ManifestUnreadableOnMirror = new("  the mirror's SHA256SUMS cannot be read: uploading every file, deleting nothing",
        "  spegelns SHA256SUMS går inte att läsa: laddar upp alla filer, tar inte bort något");
    public static Said Repairs(int count) => count == 1
        ? new("  1 file has vanished or changed on the mirror since the last publish; putting it back:", "  1 fil har försvunnit eller ändrats på spegeln sedan senaste publiceringen; lägger tillbaka den:")
        : new($"  {count} files have vanished or changed on the mirror since the last publish; putting them back:", $"  {count} filer har försvunnit eller ändrats på spegeln sedan senaste publiceringen; lägger tillbaka dem:");
    public static Said AndMore(int count) => new($"… and {count} more", $"… och {count} till");
    public static Said UpToDate(int unchanged) => new($"  up to date: {unchanged} files unchanged", $"  aktuell: {unchanged} filer oförändrade");
    public static Said PlanLine(int added, int replaced, int deleted, int unchanged, string bytes) =>
        new($"  {added} new, {replaced} replaced, {deleted} to delete, {unchanged} unchanged ({bytes} to send)",
            $"  {added} nya, {replaced} ersatta, {deleted} att ta bort, {unchanged} oförändrade ({bytes} att skicka)");
    public static readonly Said VerboseListsAll = new("(--verbose lists them all)", "(--verbose visar alla)");

    // verify
    public static readonly Said VerdictNoManifest = new("Verdict: NOT VERIFIED. The copy's manifest could not be read, so nothing could be checked.",
        "Bedömning: INTE BEKRÄFTAD. Kopians manifest gick inte att läsa, så inget kunde kontrolleras.");
    public static Said CheckingAgainst(string copy, string manifest, int files) =>
        new($"Checking {copy} against its {manifest} ({files} files)", $"Kontrollerar {copy} mot dess {manifest} ({files} filer)");
    public static readonly Said Missing = new("MISSING  ", "SAKNAS   ");
    public static readonly Said Different = new("DIFFERENT", "ANNORLUNDA");
    public static Said FilesTally(int ok, int different, int missing) =>
        new($"{Count(ok, "file", "files")} OK, {different} different, {missing} missing.", $"{Count(ok, "fil", "filer")} OK, {different} annorlunda, {missing} saknas.");
    public static readonly Said VerdictWord = new("Verdict: ", "Bedömning: ");
    public static Said Reviewed(int approved, int updates) =>
        new($"Review: {approved} of {updates} updates approved by a second person (each approval's signature checked against its reviewer's key in review.json); {updates - approved} not reviewed.",
            $"Granskning: {approved} av {updates} meddelanden godkända av en andra person (varje godkännandes signatur kontrollerad mot granskarens nyckel i review.json); {updates - approved} ej granskade.");
    public static readonly Said GenuineAndComplete = new("GENUINE AND COMPLETE. The manifest is signed by the site's key and every file matches it.",
        "ÄKTA OCH KOMPLETT. Manifestet är signerat med webbplatsens nyckel och varje fil stämmer med det.");
    public static Said DamagedOrAltered(int files) =>
        new($"DAMAGED OR ALTERED. The manifest is genuine, but {files} file(s) differ from it or are missing: this copy is stale, incomplete or changed.",
            $"SKADAD ELLER ÄNDRAD. Manifestet är äkta, men {files} fil(er) skiljer sig från det eller saknas: kopian är gammal, ofullständig eller ändrad.");
    public static readonly Said NotGenuineSignature = new("NOT GENUINE. The signature does not match the site's key: this manifest was not signed by the site, or was changed since. Do not trust this copy.",
        "INTE ÄKTA. Signaturen stämmer inte med webbplatsens nyckel: manifestet signerades inte av webbplatsen, eller har ändrats sedan. Lita inte på kopian.");
    public static readonly Said NotGenuineUnsigned = new("NOT GENUINE. The site signs its manifests, but this copy has no valid signature: it cannot be shown to come from the site.",
        "INTE ÄKTA. Webbplatsen signerar sina manifest, men kopian har ingen giltig signatur: det går inte att visa att den kommer från webbplatsen.");
    public static readonly Said CompleteNotProven = new("COMPLETE, NOT PROVEN GENUINE. Every file matches the copy's own manifest, but without the site's public key nothing shows who wrote that manifest.",
        "KOMPLETT, INTE BEVISAT ÄKTA. Varje fil stämmer med kopians eget manifest, men utan webbplatsens publika nyckel visar inget vem som skrev manifestet.");
    public static Said Incomplete(int files) =>
        new($"INCOMPLETE. {files} file(s) differ from the copy's own manifest or are missing (and without the site's public key it is not proven genuine either).",
            $"OFULLSTÄNDIG. {files} fil(er) skiljer sig från kopians eget manifest eller saknas (och utan webbplatsens publika nyckel är den inte heller bevisat äkta).");
    public static Said SignatureNone(string why) => new($"Signature: none; the manifest is unsigned ({why}).", $"Signatur: ingen; manifestet är osignerat ({why}).");
    public static readonly Said SignatureMissing = new("Signature: MISSING", "Signatur: SAKNAS");
    public static Said SignatureNotAMinisign(string file) => new($"{file} is not a minisign signature", $"{file} är ingen minisign-signatur");
    public static Said SignatureFileAbsent(string file, string? problem) => new($"no {file} ({problem})", $"ingen {file} ({problem})");
    public static Said SignatureNotChecked(string keyId, string names) =>
        new($"Signature: NOT CHECKED, no public key given (--public-key, or signing.publicKey in site.yml). It claims key {keyId}{names}.",
            $"Signatur: INTE KONTROLLERAD, ingen publik nyckel angiven (--public-key, eller signing.publicKey i site.yml). Den påstår nyckeln {keyId}{names}.");
    public static readonly Said SignatureValid = new("Signature: valid", "Signatur: giltig");
    public static Said ByKey(string keyId, string? source, string names) => new($", by key {keyId} ({source}){names}.", $", med nyckeln {keyId} ({source}){names}.");
    public static readonly Said SignatureInvalid = new("Signature: INVALID", "Signatur: OGILTIG");
    public static Said OtherKey(string signingKey, string site, string? source) =>
        new($"(made by key {signingKey}, not the site's key {site} from {source}).", $"(gjord med nyckeln {signingKey}, inte webbplatsens nyckel {site} från {source}).");
    public static Said ManifestChanged(string manifest) => new($"({manifest} was changed after it was signed).", $"({manifest} ändrades efter att det signerades).");
    public static readonly Said CommentChanged = new("(the trusted comment was changed after signing).", "(den betrodda kommentaren ändrades efter signeringen).");
    public static Said SignedFor(string who) => new($"for {who}", $"för {who}");
    public static Said SignedAsOf(string time) => new($"as of {time}", $"per {time}");
    public static readonly Said SignedWord = new("; signed ", "; signerad ");

    // keygen
    public static Said KeysWritten(string publicPath, string secretPath, string keyId, string publicKey, string wrote) =>
        new($"""
            {wrote} {publicPath} (the public key: share it) and {secretPath} (the secret key: keep it secret and back it up).
            Key id: {keyId}

            Put the public key in site.yml:

            signing:
              publicKey: "{publicKey}"

            Then sign every build: staticcrisis build --signing-key {secretPath}
            """,
            $"""
            {wrote} {publicPath} (den publika nyckeln: dela den) och {secretPath} (den hemliga nyckeln: håll den hemlig och säkerhetskopiera den).
            Nyckel-id: {keyId}

            Skriv in den publika nyckeln i site.yml:

            signing:
              publicKey: "{publicKey}"

            Signera sedan varje bygge: staticcrisis build --signing-key {secretPath}
            """);
    public static readonly Said WroteWord = new("Wrote", "Skrev");
}
