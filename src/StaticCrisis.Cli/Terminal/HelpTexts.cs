using StaticCrisis.Cli.Signing;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Terminal;

/// <summary>The words of --help: every command, argument and option described in English and Swedish side by side.</summary>
public static class HelpTexts
{
    public static readonly Said SiteDir = new("The site folder, holding site.yml and content/ (default: the current folder)", "Webbplatsens mapp, med site.yml och content/ (standard: den aktuella mappen)");

    public static readonly Said Output = new("The output folder (default: outputDir in site.yml, else SITE_DIR/public)", "Utdatamappen (standard: outputDir i site.yml, annars SITE_DIR/public)");

    public static readonly Said Drafts = new("Include updates marked 'draft: true'", "Ta med meddelanden markerade 'draft: true'");

    public static readonly Said Future = new("Include updates dated in the future", "Ta med meddelanden daterade framåt i tiden");

    public static readonly Said Strict = new("Treat warnings as errors", "Behandla varningar som fel");

    public static readonly Said Quiet = new("Print only problems: no progress, no summary", "Skriv bara ut problem: inga framsteg, ingen sammanfattning");

    public static readonly Said Verbose = new("Print every step of the build with its time", "Skriv ut varje steg i bygget med dess tid");

    public static readonly Said QuietAndVerbose = new("--quiet and --verbose cannot be used together", "--quiet och --verbose kan inte användas samtidigt");

    public static readonly Said Title = new("The update's headline", "Meddelandets rubrik");

    public static readonly Said NewSiteDir = new("The site folder (default: the current folder)", "Webbplatsens mapp (standard: den aktuella mappen)");

    public static readonly Said TitleEmpty = new("the title is empty", "rubriken är tom");

    public static readonly Said Severity = new("How serious: info, notice, warning or critical (default: the template's, else info)", "Hur allvarligt: info, notice, warning eller critical (standard: mallens, annars info)");

    public static readonly Said Service = new("A service's status as of this update, as id=status (status: operational, degraded, manual, down); repeat for more", "En tjänsts läge från och med meddelandet, som id=läge (läge: operational, degraded, manual, down); upprepa för fler");

    public static readonly Said Pinned = new("Show this update as \"the situation now\" on the home page", "Visa meddelandet som \"läget just nu\" på startsidan");

    public static readonly Said TranslationOf = new("Begin a translation of this update (with --language); if it exists, mark it as up to date with the original", "Påbörja en översättning av det här meddelandet (med --language); finns den, markera den som i takt med originalet");
    public static readonly Said TranslationLanguage = new("The language of the translation, one of site.yml's 'languages'", "Översättningens språk, ett av site.yml:s 'languages'");
    public static readonly Said TranslationNeedsLanguage = new("--translation-of needs --language, the language to translate into", "--translation-of behöver --language, språket att översätta till");
    public static readonly Said FromTemplate = new("Start from a prepared message in the site's templates/ folder", "Utgå från ett förberett meddelande i webbplatsens mapp templates/");

    public static readonly Said VerifyUrl = new("Where the copy is read, e.g. https://kris.example.org/info/", "Var kopian finns: en adress som https://kris.example.org/info/, en file://-adress eller en mapp (ett USB-minne)");

    public static readonly Said PublicKey = new("The site's public key: the base64 key (RW…) or a .pub file (default: signing.publicKey in site.yml)", "Webbplatsens publika nyckel: base64-nyckeln (RW…) eller en .pub-fil (standard: signing.publicKey i site.yml)");

    public static readonly Said VerifySite = new("The site folder whose site.yml names the public key (default: the current folder)", "Webbplatsmappen vars site.yml anger den publika nyckeln (standard: den aktuella mappen)");

    public static readonly Said Mirror = new("Publish only to this mirror (a name from site.yml); repeat for more (default: every mirror)", "Publicera bara till den här spegeln (ett namn i site.yml); upprepa för fler (standard: alla speglar)");

    public static readonly Said DryRun = new("Connect and show what would be uploaded, replaced and deleted; change nothing", "Anslut och visa vad som skulle laddas upp, ersättas och tas bort; ändra inget");

    public static readonly Said MaxDeletesNegative = new("--max-deletes must be 0 or more", "--max-deletes måste vara 0 eller mer");

    public static readonly Said Watch = new("Keep publishing: again when the site changes by itself (a planned start or end, an update dated ahead, a promised update running late) and when a file changes; Ctrl+C stops",
        "Fortsätt publicera: igen när webbplatsen ändras av sig själv (ett planerat avbrott börjar eller slutar, ett meddelande daterat framåt, en utlovad uppdatering som dröjer) och när en fil ändras; Ctrl+C stoppar");
    public static readonly Said ForceWithoutReview = new("Publish updates no second person has approved (where site.yml requires review); the reason is recorded and they stay marked not yet reviewed",
        "Publicera meddelanden som ingen andra person har godkänt (där site.yml kräver granskning); orsaken sparas och de förblir märkta som ej granskade");
    public static readonly Said NoBuild = new("Publish the output folder as it was last built", "Publicera utdatamappen som den senast byggdes");

    public static readonly Said PortRange = new("--port must be between 0 and 65535", "--port måste vara mellan 0 och 65535");

    public static readonly Said Bind = new("Listen on this address instead of 127.0.0.1, e.g. 0.0.0.0 to let other computers see the preview (drafts included)", "Lyssna på den här adressen i stället för 127.0.0.1, t.ex. 0.0.0.0 för att låta andra datorer se förhandsvisningen (utkast inräknade)");

    public static readonly Said BaseUrlOverride = new("Use this address instead of baseUrl in site.yml (e.g. for a preview copy)", "Använd den här adressen i stället för baseUrl i site.yml (t.ex. för en granskningskopia)");

    public static readonly Said InitDir = new("The folder to create the site in (default: the current folder); created if missing", "Mappen att skapa webbplatsen i (standard: den aktuella mappen); skapas om den saknas");

    public static readonly Said InitTitle = new("The site's name, shown on every page (you can change it in site.yml later)", "Webbplatsens namn, som visas på varje sida (kan ändras i site.yml senare)");

    public static readonly Said InitLanguage = new("Language of the site and of the prepared messages", "Webbplatsens språk och de förberedda meddelandenas");

    public static readonly Said InitBaseUrl = new("The address the site will have, e.g. https://kris.example.org/ (you can change it in site.yml later)", "Adressen webbplatsen får, t.ex. https://kris.example.org/ (kan ändras i site.yml senare)");

    public static readonly Said InitTimezone = new("IANA time zone of the dates (default: Europe/Stockholm for sv, else this computer's zone)", "IANA-tidszon för datumen (standard: Europe/Stockholm för sv, annars datorns tidszon)");

    public static readonly Said KeygenOutput = new("The folder to write the two key files into (default: the current folder)", "Mappen att skriva de två nyckelfilerna i (standard: den aktuella mappen)");

    public static Said Root => new(
        """
        staticcrisis: turns Markdown press updates into a small static crisis-information site.

        Examples:
          staticcrisis init krisinfo --title "Alvby kommun – krisinformation"
          staticcrisis new "Koka vattnet i Norrby" --from-template vattenavbrott krisinfo
          staticcrisis serve krisinfo
          staticcrisis build krisinfo
          staticcrisis publish krisinfo
          staticcrisis <command> --help
        """,
        """
        staticcrisis: gör om Markdown-meddelanden till en liten statisk webbplats med krisinformation.

        Exempel:
          staticcrisis init krisinfo --title "Alvby kommun – krisinformation"
          staticcrisis new "Koka vattnet i Norrby" --from-template vattenavbrott krisinfo
          staticcrisis serve krisinfo
          staticcrisis build krisinfo
          staticcrisis publish krisinfo
          staticcrisis <kommando> --help
        """);

    public static Said CommandInit => new(
        """
        Create a new site that builds as it is: site.yml with every option explained, a first update,
        prepared messages for the first hours of common crises in templates/, and a note on themes.
        Refuses a folder that already has a site; never changes an existing file.

        Examples:
          staticcrisis init krisinfo --title "Alvby kommun – krisinformation" --base-url https://kris.alvby.se/
          staticcrisis init crisis-site --language en --title "Ourtown Council – emergency information"
          staticcrisis init                  (in the current folder)
        """,
        """
        Skapa en ny webbplats som går att bygga direkt: site.yml med varje inställning förklarad, ett första meddelande,
        förberedda meddelanden för de första timmarna av vanliga kriser i templates/, och en anteckning om teman.
        Vägrar en mapp som redan har en webbplats; ändrar aldrig en befintlig fil.

        Exempel:
          staticcrisis init krisinfo --title "Alvby kommun – krisinformation" --base-url https://kris.alvby.se/
          staticcrisis init crisis-site --language en --title "Ourtown Council – emergency information"
          staticcrisis init                  (i den aktuella mappen)
        """);

    public static Said CommandNew => new(
        """
        Create an update in content/updates/, named after today's date and the title, with the date
        (now, in the site's time zone) and front matter filled in. Prints the new file's path.
        Never overwrites: if the name is taken, -2, -3 ... is added.
        With --from-template the update is a draft (draft: true) until its [FILL IN: …] are filled in.

        Examples:
          staticcrisis new "Vattnet är tillbaka i Norrby" --service vatten=operational
          staticcrisis new "Koka vattnet i Norrby" --from-template vattenavbrott --pinned
          staticcrisis new "Lönerna betalas ut manuellt" --severity warning --service lon=manual my-site
        """,
        """
        Skapa ett meddelande i content/updates/, namngivet efter dagens datum och rubriken, med datum
        (nu, i webbplatsens tidszon) och huvudet ifyllt. Skriver ut den nya filens sökväg.
        Skriver aldrig över: är namnet upptaget läggs -2, -3 ... till.
        Med --from-template blir meddelandet ett utkast (draft: true) tills dess [FYLL I: …] är ifyllda.

        Exempel:
          staticcrisis new "Vattnet är tillbaka i Norrby" --service vatten=operational
          staticcrisis new "Koka vattnet i Norrby" --from-template vattenavbrott --pinned
          staticcrisis new "Lönerna betalas ut manuellt" --severity warning --service lon=manual my-site
        """);

    public static Said CommandBuild => new(
        """
        Build the site into its output folder. The previous output is replaced only when the whole build succeeds.

        Examples:
          staticcrisis build
          staticcrisis build my-site --output /var/www/info
          staticcrisis build --drafts --future --output preview --base-url https://preview.example.org/
          staticcrisis build --signing-key ~/keys/staticcrisis.key
        """,
        """
        Bygg webbplatsen till dess utdatamapp. Den tidigare utdatan ersätts bara när hela bygget lyckas.

        Exempel:
          staticcrisis build
          staticcrisis build my-site --output /var/www/info
          staticcrisis build --drafts --future --output preview --base-url https://preview.example.org/
          staticcrisis build --signing-key ~/keys/staticcrisis.key
        """);

    public static Said CommandCheck => new(
        """
        Check site.yml and every update with the same messages as build, without writing anything.
        If the output folder exists, also check that every internal link and asset in it resolves.

        Examples:
          staticcrisis check
          staticcrisis check my-site --strict
        """,
        """
        Kontrollera site.yml och varje meddelande med samma meddelanden som build, utan att skriva något.
        Om utdatamappen finns kontrolleras också att varje intern länk och fil i den går att nå.

        Exempel:
          staticcrisis check
          staticcrisis check my-site --strict
        """);

    public static readonly Said DeskName = new("Your name, as the review records show it (default: your user name)", "Ditt namn, som granskningens poster visar det (standard: ditt användarnamn)");
    public static readonly Said DeskKey = new("Your own secret key (from staticcrisis keygen), to approve others' updates as a reviewer in site.yml", "Din egen hemliga nyckel (från staticcrisis keygen), för att godkänna andras meddelanden som granskare i site.yml");

    public static Said CommandDesk => new(
        """
        Write, review and publish from a browser. Serves the desk on http://127.0.0.1:8090/ (this computer only)
        and prints its address with a key to open. Updates are forms; the build's own checks show beside each
        field as you type, with a preview in the real theme. Files on disk stay the source: the desk writes what
        new writes and changes only the keys you changed. Stop with Ctrl+C.

        Examples:
          staticcrisis desk
          staticcrisis desk my-site --name "Sam Writer"
          staticcrisis desk my-site --name "Anna Berg" --key ~/granskare/staticcrisis.key
        """,
        """
        Skriv, granska och publicera från en webbläsare. Visar skrivbordet på http://127.0.0.1:8090/ (bara den här
        datorn) och skriver ut dess adress med en nyckel att öppna. Meddelanden är formulär; byggets egna kontroller
        visas vid varje fält medan du skriver, med en förhandsvisning i det riktiga temat. Filerna på disken gäller:
        skrivbordet skriver det new skriver och ändrar bara de nycklar du ändrat. Sluta med Ctrl+C.

        Exempel:
          staticcrisis desk
          staticcrisis desk min-webbplats --name "Sam Skribent"
          staticcrisis desk min-webbplats --name "Anna Berg" --key ~/granskare/staticcrisis.key
        """);

    public static Said CommandServe => new(
        """
        Preview the site in a browser while you write. Builds in memory (never into the site's output),
        serves it on http://127.0.0.1:8080/, rebuilds when site.yml, content/ or the theme change, and reloads
        open pages. A mistake is shown in the terminal and on the page, over the last version that built,
        and so are the warnings and the updates not published. Stop with Ctrl+C.

        Examples:
          staticcrisis serve
          staticcrisis serve my-site --drafts --future
          staticcrisis serve --port 9000
          staticcrisis serve --bind 0.0.0.0      (visible to other computers on the network)
        """,
        """
        Förhandsvisa webbplatsen i en webbläsare medan du skriver. Bygger i minnet (aldrig till webbplatsens utdata),
        visar den på http://127.0.0.1:8080/, bygger om när site.yml, content/ eller temat ändras, och laddar om
        öppna sidor. Ett misstag visas i terminalen och på sidan, över den senaste versionen som gick att bygga,
        liksom varningarna och de meddelanden som inte publiceras. Avsluta med Ctrl+C.

        Exempel:
          staticcrisis serve
          staticcrisis serve my-site --drafts --future
          staticcrisis serve --port 9000
          staticcrisis serve --bind 0.0.0.0      (synlig för andra datorer i nätverket)
        """);

    public static Said CommandPublish => new(
        $"""
        Build the site and publish it to the mirrors in site.yml, in parallel. Each mirror's plan (what is new, replaced
        and deleted, compared by SHA-256 with the mirror's SHA256SUMS) is printed before anything is changed. Files go
        up under a temporary name and are renamed into place; the manifest goes last, so running again resumes.
        Credentials come from STATICCRISIS_MIRROR_<NAME>_PASSWORD (or _KEY_FILE, _ACCESS_KEY_ID, _SECRET_ACCESS_KEY),
        or a hidden prompt on a terminal. Exit code 0 only when every mirror was published (and verified at its
        publicUrl).

        Examples:
          staticcrisis publish
          staticcrisis publish --dry-run
          staticcrisis publish my-site --mirror usb --mirror webbhotell
          staticcrisis publish --max-deletes 500
          staticcrisis publish --signing-key ~/keys/staticcrisis.key
        """,
        $"""
        Bygg webbplatsen och publicera den till speglarna i site.yml, parallellt. Varje spegels plan (vad som är nytt, ersätts
        och tas bort, jämfört med SHA-256 mot spegelns SHA256SUMS) skrivs ut innan något ändras. Filer laddas upp
        under ett tillfälligt namn och byter sedan namn på plats; manifestet kommer sist, så en ny körning fortsätter.
        Inloggningsuppgifter kommer från STATICCRISIS_MIRROR_<NAMN>_PASSWORD (eller _KEY_FILE, _ACCESS_KEY_ID,
        _SECRET_ACCESS_KEY), eller en dold fråga i terminalen. Slutkod 0 bara när varje spegel publicerades (och
        bekräftades på sin publicUrl).

        Exempel:
          staticcrisis publish
          staticcrisis publish --dry-run
          staticcrisis publish my-site --mirror usb --mirror webbhotell
          staticcrisis publish --max-deletes 500
          staticcrisis publish --signing-key ~/keys/staticcrisis.key
        """);

    public static Said CommandKeygen => new(
        $"""
        Make the site's signing keys: {Commands.KeygenCommand.PublicKeyFile} (the public key, for site.yml and for anyone checking a copy) and
        {Commands.KeygenCommand.SecretKeyFile} (the secret key that build and publish sign with: keep it out of the site folder and back it up).
        The secret key is encrypted with a passphrase from {SigningKeyLoader.PassphraseVariable}, else one typed twice
        at a hidden prompt; an empty passphrase leaves it unencrypted. Existing key files are never overwritten.
        Both files are in minisign's format, so the minisign tool can sign and verify with them too.

        Examples:
          staticcrisis keygen --output ~/keys
          {SigningKeyLoader.PassphraseVariable}="…" staticcrisis keygen
        """,
        $"""
        Skapa webbplatsens signeringsnycklar: {Commands.KeygenCommand.PublicKeyFile} (den publika nyckeln, för site.yml och för den som kontrollerar en
        kopia) och {Commands.KeygenCommand.SecretKeyFile} (den hemliga nyckeln som build och publish signerar med: håll den utanför webbplatsmappen och
        säkerhetskopiera den). Den hemliga nyckeln krypteras med en lösenfras från {SigningKeyLoader.PassphraseVariable}, annars en som
        skrivs två gånger vid en dold fråga; en tom lösenfras lämnar den okrypterad. Befintliga nyckelfiler skrivs aldrig över.
        Båda filerna är i minisigns format, så verktyget minisign kan också signera och kontrollera med dem.

        Exempel:
          staticcrisis keygen --output ~/keys
          {SigningKeyLoader.PassphraseVariable}="…" staticcrisis keygen
        """);

    public static Said CommandVerify => new(
        """
        Check a published copy of the site: that its SHA256SUMS is signed by the site's key (SHA256SUMS.minisig) and that
        every file it lists is there with the same bytes. Prints each file that differs or is missing, and a verdict.
        The copy may be a web address, a file:// address or a folder (a USB stick). Exit code 0 when the copy is genuine and complete, 1 when it is not (or cannot be read). Without a public key
        the files are checked against the copy's own manifest only, which shows a copy is complete, not that it is genuine.

        Examples:
          staticcrisis verify https://kris.example.org/info/
          staticcrisis verify https://mirror.example.net/info/ --public-key RWQ…
          staticcrisis verify https://mirror.example.net/info/ --public-key staticcrisis.pub
        """,
        """
        Kontrollera en publicerad kopia av webbplatsen: att dess SHA256SUMS är signerad med webbplatsens nyckel (SHA256SUMS.minisig) och
        att varje fil den räknar upp finns där med samma innehåll. Skriver ut varje fil som skiljer sig eller saknas, och en bedömning.
        Kopian kan vara en webbadress, en file://-adress eller en mapp (ett USB-minne). Slutkod 0 när kopian är äkta och komplett,
        1 när den inte är det (eller inte går att läsa). Utan publik nyckel kontrolleras filerna bara mot kopians eget manifest,
        vilket visar att en kopia är komplett, inte att den är äkta.

        Exempel:
          staticcrisis verify https://kris.example.org/info/
          staticcrisis verify https://mirror.example.net/info/ --public-key RWQ…
          staticcrisis verify /media/usb/krisinfo/ --public-key staticcrisis.pub
        """);

    public static Said SigningKey => new(
        $"Sign SHA256SUMS with this secret key (made by 'staticcrisis keygen'); default: {SigningKeyLoader.FileVariable}. Its passphrase comes from {SigningKeyLoader.PassphraseVariable}, else a hidden prompt",
        $"Signera SHA256SUMS med den här hemliga nyckeln (skapad med 'staticcrisis keygen'); standard: {SigningKeyLoader.FileVariable}. Lösenfrasen kommer från {SigningKeyLoader.PassphraseVariable}, annars en dold fråga");

    public static Said MaxDeletes(int limit) => new(
        $"Refuse to publish at all if a mirror would lose more files than this (default: {limit})",
        $"Vägra publicera alls om en spegel skulle förlora fler filer än så här (standard: {limit})");

    public static Said Port(int port) => new($"The port to listen on (default: {port}; 0 picks a free one)", $"Porten att lyssna på (standard: {port}; 0 väljer en ledig)");

    public static Said BindInvalid(string value) => new($"--bind \"{value}\" is not an IP address such as 127.0.0.1 or 0.0.0.0", $"--bind \"{value}\" är ingen IP-adress som 127.0.0.1 eller 0.0.0.0");

    public static Said UnknownOption(string value) => new($"unknown option '{value}'", $"okänt alternativ '{value}'");

    public static readonly Said UiLanguage = new("The language the tool speaks: sv or en (default: LANG, else the site's language)", "Språket verktyget talar: sv eller en (standard: LANG, annars webbplatsens språk)");
}
