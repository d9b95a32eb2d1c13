using System.Globalization;

namespace StaticCrisis.Core.Kernel.Diagnostics;

/// <summary>
/// Every problem the tool reports, with its code and wording in English and Swedish side by side, in one place.
/// Codes: SC0xxx site.yml, SC1xxx content, SC2xxx themes, SC3xxx output, SC4xxx init and new, SC51xx signing keys. Shared YAML problems take their
/// area's range, so the same mistake has the same last digits in site.yml and in an update. Each message says what is wrong and what to do.
/// </summary>
public static class Problems
{
    private const string SiteFile = "site.yml";

    private static Diagnostic Error(int code, SourceLocation? at, string english, string swedish) =>
        new(DiagnosticSeverity.Error, $"SC{code:D4}", english, at) { SwedishMessage = swedish };

    private static Diagnostic Warning(int code, SourceLocation? at, string english, string swedish) =>
        new(DiagnosticSeverity.Warning, $"SC{code:D4}", english, at) { SwedishMessage = swedish };

    private static int Code(IProblemSource source, int number) => (int)source.Area + number;

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);

    // Shared YAML problems (site.yml: SC00xx, content: SC10xx).
    public static Diagnostic YamlInvalid(IProblemSource source, SourceLocation at, string detail) =>
        Error(Code(source, 2), at,
            $"the text cannot be read from here on (the YAML reader says: {detail}); look on this line and the one above for a missing or extra quote, colon or space",
            $"texten går inte att läsa härifrån (YAML-läsaren säger: {detail}); titta på den här raden och raden ovanför efter ett saknat eller extra citattecken, kolon eller mellanslag");

    public static Diagnostic YamlMoreThanOneDocument(IProblemSource source, SourceLocation at) =>
        Error(Code(source, 2), at, "a second '---' line starts another block here; remove the extra '---'",
            "en andra rad med '---' börjar ett nytt block här; ta bort det extra '---'");

    public static Diagnostic YamlTab(IProblemSource source, SourceLocation at) =>
        Error(Code(source, 2), at, "this line is indented with a tab, and YAML allows only spaces: replace the tab with spaces (two per level)",
            "raden är indragen med tabb, men YAML tillåter bara mellanslag: byt tabben mot mellanslag (två per nivå)");

    public static Diagnostic YamlColonInValue(IProblemSource source, SourceLocation at, string key, string quoted) =>
        Error(Code(source, 2), at,
            $"the text of '{key}' has a colon followed by a space, which YAML reads as the start of another key: put the text in quotes: {key}: {quoted}",
            $"texten i '{key}' har ett kolon följt av mellanslag, som YAML läser som början på en ny nyckel: sätt texten inom citattecken: {key}: {quoted}");

    public static Diagnostic YamlCurlyQuote(IProblemSource source, SourceLocation at, string key, string curly, string straight) =>
        Error(Code(source, 2), at,
            $"the text of '{key}' opens with {straight} but ends with the typographic quote {curly} (as word processors write it), so it never ends: end it with a straight {straight}",
            $"texten i '{key}' börjar med {straight} men slutar med det typografiska citattecknet {curly} (som ordbehandlare skriver det), så den tar aldrig slut: avsluta den med ett rakt {straight}");

    public static Diagnostic YamlQuoteNotClosed(IProblemSource source, SourceLocation at, string key, string quote) =>
        Error(Code(source, 2), at,
            $"the quote {quote} that opens the text of '{key}' is never closed: add {quote} at the end of the text",
            $"citattecknet {quote} som inleder texten i '{key}' avslutas aldrig: lägg till {quote} sist i texten");

    public static Diagnostic YamlIndentation(IProblemSource source, SourceLocation at, int spaces, int expected) =>
        Error(Code(source, 2), at,
            $"this line is indented by {Count(spaces, "space", "spaces")}, but the lines around it by {expected}: keys at the same level start in the same column; {(expected == 0 ? "remove the spaces in front of it" : $"indent it by {expected}")}",
            $"raden är indragen {Count(spaces, "mellanslag", "mellanslag")}, men raderna runt den {expected}: nycklar på samma nivå börjar i samma kolumn; {(expected == 0 ? "ta bort mellanslagen framför den" : $"dra in den {expected}")}");

    public static Diagnostic YamlListItemAmongKeys(IProblemSource source, SourceLocation at) =>
        Error(Code(source, 2), at,
            "this line starts with '-', a list item, among 'key: value' lines: remove the '-', or indent it under the key whose list it belongs to",
            "raden börjar med '-', en punkt i en lista, bland rader med 'nyckel: värde': ta bort '-', eller dra in den under nyckeln vars lista den hör till");

    public static Diagnostic YamlReservedStart(IProblemSource source, SourceLocation at, string key, char first, string quoted) =>
        Error(Code(source, 2), at,
            $"a text may not start with '{first}' unless it is in quotes: {key}: {quoted}",
            $"en text får inte börja med '{first}' om den inte står inom citattecken: {key}: {quoted}");

    public static Diagnostic YamlBracketValue(IProblemSource source, SourceLocation at, string key, string quoted) =>
        Error(Code(source, 10), at,
            $"the text of '{key}' starts with '[', which YAML reads as the start of a list: put the text in quotes: {key}: {quoted}",
            $"texten i '{key}' börjar med '[', som YAML läser som början på en lista: sätt texten inom citattecken: {key}: {quoted}");

    public static Diagnostic YamlListWhereKeysBelong(IProblemSource source, SourceLocation at, string key) =>
        Error(Code(source, 10), at,
            $"'{key}' should be 'key: value' lines indented under it, without '-' in front (such as '  vatten: down'); remove the '-' and the space after it",
            $"'{key}' ska ha rader med 'nyckel: värde' indragna under sig, utan '-' först (som '  vatten: down'); ta bort '-' och mellanslaget efter det");

    public static Diagnostic NotAMapping(IProblemSource source, SourceLocation at, Said found) =>
        Error(Code(source, 3), at, $"expected keys and values (such as 'title: ...'), found {found.English}; write each as 'key: value' on a line of its own",
            $"väntade nycklar och värden (som 'title: ...'), fann {found.Swedish}; skriv var och en som 'nyckel: värde' på en egen rad");

    public static Diagnostic NoSpaceAfterColon(IProblemSource source, SourceLocation at, string example) =>
        Error(Code(source, 3), at, $"a colon needs a space after it to separate a key from its value: write {example}",
            $"ett kolon behöver ett mellanslag efter sig för att skilja nyckeln från värdet: skriv {example}");

    public static Diagnostic RequiredMissing(IProblemSource source, SourceLocation at, string key) =>
        Error(Code(source, 5), at, $"'{key}' is required but missing; add a line '{key}: …'", $"'{key}' krävs men saknas; lägg till en rad '{key}: …'");

    public static Diagnostic RequiredEmpty(IProblemSource source, SourceLocation at, string key) =>
        Error(Code(source, 5), at, $"'{key}' is required but empty; write its value after the colon", $"'{key}' krävs men är tomt; skriv värdet efter kolonet");

    public static Diagnostic WrongType(IProblemSource source, SourceLocation at, string key, Said found, Said expected) =>
        Error(Code(source, 10), at, $"'{key}' should be {expected.English}, found {found.English}", $"'{key}' ska vara {expected.Swedish}, fann {found.Swedish}");

    public static Diagnostic UnknownKey(IProblemSource source, SourceLocation at, string key, string? suggestion) =>
        Warning(Code(source, 11), at,
            suggestion is null ? $"unknown key '{key}' is ignored; check its spelling against the README, or remove it" : $"unknown key '{key}' is ignored; did you mean '{suggestion}'?",
            suggestion is null ? $"den okända nyckeln '{key}' används inte; jämför stavningen med README, eller ta bort den" : $"den okända nyckeln '{key}' används inte; menade du '{suggestion}'?");

    public static Diagnostic UnknownKeyIsAService(IProblemSource source, SourceLocation at, string key) =>
        Warning(Code(source, 11), at,
            $"unknown key '{key}' is ignored; it is a service's id: to give its status, indent the line by two spaces under 'services:'",
            $"den okända nyckeln '{key}' används inte; den är id för en tjänst: för att ange dess läge, dra in raden två mellanslag under 'services:'");

    public static Diagnostic YamlDuplicateKey(IProblemSource source, SourceLocation at, string key, int firstLine) =>
        Error(Code(source, 12), at,
            key.Length == 0 ? "a key is written twice; keep the one you mean and delete the other"
                : firstLine > 0 ? $"'{key}' is written twice, here and on line {firstLine}; keep the one you mean and delete the other"
                : $"'{key}' is written twice; keep the one you mean and delete the other",
            key.Length == 0 ? "en nyckel står två gånger; behåll den du menar och ta bort den andra"
                : firstLine > 0 ? $"'{key}' står två gånger, här och på rad {firstLine}; behåll den du menar och ta bort den andra"
                : $"'{key}' står två gånger; behåll den du menar och ta bort den andra");

    public static Diagnostic OutOfRange(IProblemSource source, SourceLocation at, string key, int value, int min, int max) =>
        Error(Code(source, 14), at, $"'{key}' is {value}, but must be between {min} and {max}", $"'{key}' är {value}, men ska vara mellan {min} och {max}");

    // site.yml
    /// <param name="nearest">The nearest site folder with a site.yml (below or above <paramref name="folder"/>), if any.</param>
    public static Diagnostic SiteConfigMissing(string path, string folder, string? nearest) =>
        Error(1, new SourceLocation(path),
            $"site.yml not found in {folder}: a site folder needs a site.yml with at least 'title' and 'baseUrl'; " +
                (nearest is null ? "run the command in the site's folder, give the folder (staticcrisis build FOLDER), or create a site with 'staticcrisis init'"
                    : $"there is one in {nearest}: give that folder (staticcrisis build {nearest})"),
            $"site.yml finns inte i {folder}: en webbplatsmapp behöver en site.yml med minst 'title' och 'baseUrl'; " +
                (nearest is null ? "kör kommandot i webbplatsens mapp, ange mappen (staticcrisis build MAPP), eller skapa en webbplats med 'staticcrisis init'"
                    : $"det finns en i {nearest}: ange den mappen (staticcrisis build {nearest})"));

    public static Diagnostic SiteConfigTooLarge(long bytes) =>
        Error(78, new SourceLocation("site.yml"),
            $"site.yml is {Mb(bytes)} MB; a site's settings fit in far less than the 1 MB it may have: is this the right file?",
            $"site.yml är {Mb(bytes)} MB; en webbplats inställningar ryms på långt mindre än den 1 MB som tillåts: är det rätt fil?");

    public static Diagnostic BaseUrlInvalid(SourceLocation at, string value) =>
        Error(6, at, $"'baseUrl' \"{value}\" is not an absolute http(s) address such as \"https://kris.example.org/info/\"",
            $"'baseUrl' \"{value}\" är inte en fullständig http(s)-adress som \"https://kris.example.org/info/\"");

    public static Diagnostic TimezoneUnknown(SourceLocation at, string value) =>
        Error(7, at, $"'timezone' \"{value}\" is not a known IANA time zone such as \"Europe/Stockholm\"",
            $"'timezone' \"{value}\" är ingen känd IANA-tidszon som \"Europe/Stockholm\"");

    public static Diagnostic LanguageUnknown(SourceLocation at, string value, IEnumerable<string> known) =>
        Error(8, at, $"'language' \"{value}\" has no strings in the theme; available: {string.Join(", ", known)}",
            $"'language' \"{value}\" har inga texter i temat; det finns: {string.Join(", ", known)}");

    public static Diagnostic ThemeUnknown(SourceLocation at, string value, IEnumerable<string> searched) =>
        Error(9, at, $"'theme' \"{value}\" was not found; looked in {string.Join(" and ", searched)}",
            $"temat '{value}' hittades inte; letade i {string.Join(" och ", searched)}");

    public static Diagnostic ServiceIdDuplicate(SourceLocation at, string id, int firstLine) =>
        Error(13, at, $"service id '{id}' is already used on line {firstLine}; each service needs its own id",
            $"tjänst-id '{id}' används redan på rad {firstLine}; varje tjänst behöver ett eget id");

    public static Diagnostic ServiceIdInvalid(SourceLocation at, string id) =>
        Error(15, at, $"service id '{id}' may only contain lowercase letters a-z, digits, '-' and '_'",
            $"tjänst-id '{id}' får bara innehålla små bokstäver a-z, siffror, '-' och '_'");

    // site.yml: mirrors and signing (SC005x)
    public static Diagnostic MirrorUrlInvalid(SourceLocation at, string name, Said problem) =>
        Error(50, at, $"the url of mirror '{name}' {problem.English}", $"adressen till spegeln '{name}' {problem.Swedish}");

    public static Diagnostic MirrorNameInvalid(SourceLocation at, string name) =>
        Error(51, at, $"mirror name '{name}' may only contain letters a-z, digits, '-' and '_' (it names the mirror's environment variables)",
            $"spegelnamnet '{name}' får bara innehålla bokstäverna a-z, siffror, '-' och '_' (det ingår i spegelns miljövariabler)");

    public static Diagnostic MirrorNameDuplicate(SourceLocation at, string name, int firstLine) =>
        Error(52, at, $"mirror name '{name}' is already used on line {firstLine}; each mirror needs its own name",
            $"spegelnamnet '{name}' används redan på rad {firstLine}; varje spegel behöver ett eget namn");

    public static Diagnostic MirrorPublicUrlInvalid(SourceLocation at, string name, string value) =>
        Error(53, at, $"'publicUrl' \"{value}\" of mirror '{name}' is not an absolute http(s) address such as \"https://kris.example.org/info/\"",
            $"'publicUrl' \"{value}\" för spegeln '{name}' är inte en fullständig http(s)-adress som \"https://kris.example.org/info/\"");

    public static Diagnostic MirrorHostKeyInvalid(SourceLocation at, string name) =>
        Error(54, at, $"'hostKey' of mirror '{name}' should be the server's key fingerprint as 'ssh-keygen -lf' prints it: SHA256: and 43 characters",
            $"'hostKey' för spegeln '{name}' ska vara serverns nyckelfingeravtryck som 'ssh-keygen -lf' skriver det: SHA256: och 43 tecken");

    public static Diagnostic MirrorHostKeyNotSftp(SourceLocation at, string name) =>
        Warning(55, at, $"'hostKey' of mirror '{name}' is only used by sftp:// mirrors and is ignored here; remove it",
            $"'hostKey' för spegeln '{name}' används bara av sftp://-speglar och används inte här; ta bort den");

    public static Diagnostic SigningPublicKeyInvalid(SourceLocation at) =>
        Error(56, at, "'signing.publicKey' is not a minisign public key: copy the second line of staticcrisis.pub (56 characters, starting with RW)",
            "'signing.publicKey' är ingen publik minisign-nyckel: kopiera andra raden i staticcrisis.pub (56 tecken, börjar med RW)");

    public static Diagnostic MirrorsNone() =>
        Error(57, new SourceLocation(SiteFile), "the site has no mirrors to publish to: add a 'mirrors:' list to site.yml (see the README)",
            "webbplatsen har inga speglar att publicera till: lägg till en lista 'mirrors:' i site.yml (se README)");

    public static Diagnostic MirrorUnknown(string name, IEnumerable<string> known)
    {
        var list = known.ToList();
        var suggestion = Suggestions.Nearest(name, list);
        return Error(58, new SourceLocation("--mirror " + name),
            $"there is no mirror '{name}' in site.yml; {(suggestion is null ? "" : $"did you mean '{suggestion}'? ")}known mirrors: {string.Join(", ", list)}",
            $"det finns ingen spegel '{name}' i site.yml; {(suggestion is null ? "" : $"menade du '{suggestion}'? ")}kända speglar: {string.Join(", ", list)}");
    }

    // site.yml: WebSub hub and CAP (SC007x)
    public static Diagnostic HubInvalid(SourceLocation at, string value) =>
        Error(70, at, $"'hub' \"{value}\" is not an absolute http(s) address of a WebSub hub such as \"https://pubsubhubbub.appspot.com/\"",
            $"'hub' \"{value}\" är inte en fullständig http(s)-adress till en WebSub-hubb som \"https://pubsubhubbub.appspot.com/\"");

    public static Diagnostic CapCategoryUnknown(SourceLocation at, string value, IEnumerable<string> known) =>
        Error(71, at, $"'cap.category' \"{value}\" is not one of CAP's categories: {string.Join(", ", known)}",
            $"'cap.category' \"{value}\" är inte en av CAP:s kategorier: {string.Join(", ", known)}");

    public static Diagnostic CapStatusUnknown(SourceLocation at, string value, IEnumerable<string> known) =>
        Error(72, at, $"'cap.status' \"{value}\" is not one of {string.Join(", ", known)} (Exercise is for drills)",
            $"'cap.status' \"{value}\" är inte en av {string.Join(", ", known)} (Exercise är för övningar)");

    public static Diagnostic CapDurationInvalid(SourceLocation at, string value) =>
        Error(73, at, $"'cap.expiresAfter' \"{value}\" is not a duration from 1m to 365d; write a whole number of minutes, hours or days such as 90m, 24h or 2d",
            $"'cap.expiresAfter' \"{value}\" är ingen tidslängd från 1m till 365d; skriv ett heltal minuter, timmar eller dygn som 90m, 24h eller 2d");

    public static Diagnostic CapSenderInvalid(SourceLocation at, string value) =>
        Error(74, at, $"'cap.sender' \"{value}\" may not contain spaces, commas, '<' or '&'; use an address that is yours alone, such as \"krisinformation@kommun.se\"",
            $"'cap.sender' \"{value}\" får inte innehålla mellanslag, kommatecken, '<' eller '&'; använd en adress som bara är er, som \"krisinformation@kommun.se\"");

    public static Diagnostic CapGeocodeWithoutArea(SourceLocation at) =>
        Error(75, at, "'cap.geocode' needs 'cap.areaDesc', the area in words (such as \"Alvby kommun\"), which CAP requires with every geocode",
            "'cap.geocode' behöver 'cap.areaDesc', området i ord (som \"Alvby kommun\"), som CAP kräver till varje geokod");

    // site.yml: the accessibility statement and help numbers (SC006x)
    public static Diagnostic AccessibilityStatementMissing() =>
        Warning(60, new SourceLocation(SiteFile),
            "there is no 'accessibility' block, so the site has no accessibility statement, which a Swedish public body's site must have (lag 2018:1937); " +
            "add 'accessibility:' with organisation, compliance (full, partial or none), assessed (a date), method (self-assessment or third-party) and email or phone (see the README)",
            "det finns inget block 'accessibility', så webbplatsen saknar tillgänglighetsredogörelse, som en offentlig aktörs webbplats måste ha (lag 2018:1937); " +
            "lägg till 'accessibility:' med organisation, compliance (full, partial eller none), assessed (ett datum), method (self-assessment eller third-party) och email eller phone (se README)");

    public static Diagnostic AccessibilityComplianceInvalid(SourceLocation at, string value) =>
        Error(61, at, $"'accessibility.compliance' \"{value}\" is not one of full (helt förenlig), partial (delvis förenlig), none (inte förenlig)",
            $"'accessibility.compliance' \"{value}\" är inte en av full (helt förenlig), partial (delvis förenlig), none (inte förenlig)");

    public static Diagnostic AccessibilityDateInvalid(SourceLocation at, string key, string value) =>
        Error(62, at, $"'{key}' \"{value}\" is not a date; write it as 2026-03-02", $"'{key}' \"{value}\" är inget datum; skriv det som 2026-03-02");

    public static Diagnostic AccessibilityContactMissing(SourceLocation at) =>
        Error(63, at, "'accessibility' needs 'email' or 'phone' (or both): where residents report a barrier or ask for an accessible version",
            "'accessibility' behöver 'email' eller 'phone' (eller båda): dit invånare anmäler brister eller ber om en tillgänglig version");

    public static Diagnostic AccessibilityMethodInvalid(SourceLocation at, string value) =>
        Error(64, at, $"'accessibility.method' \"{value}\" is not one of self-assessment, third-party",
            $"'accessibility.method' \"{value}\" är inte en av self-assessment, third-party");

    public static Diagnostic AccessibilityEmailInvalid(SourceLocation at, string value) =>
        Error(65, at, $"'accessibility.email' \"{value}\" is not an e-mail address such as \"tillganglighet@kommun.example\"",
            $"'accessibility.email' \"{value}\" är ingen e-postadress som \"tillganglighet@kommun.example\"");

    public static Diagnostic AccessibilityProblemsMissing(SourceLocation at, string compliance) =>
        Error(66, at, $"'accessibility.compliance' is {compliance}, so the statement must list what is not accessible: add 'problems:' with 'content' and 'reason' for each",
            $"'accessibility.compliance' är {compliance}, så redogörelsen måste räkna upp det som inte är tillgängligt: lägg till 'problems:' med 'content' och 'reason' för varje");

    public static Diagnostic AccessibilityPlaceholderLeft(SourceLocation at, string example, int count) =>
        Warning(69, at, count == 1
            ? $"the accessibility statement still says \"{example}\"; complete it before publishing: residents and Digg read the statement as the organisation's own word"
            : $"the accessibility statement still says \"{example}\" and has {count - 1} more placeholders; complete them before publishing: residents and Digg read the statement as the organisation's own word",
            count == 1
            ? $"tillgänglighetsredogörelsen säger fortfarande \"{example}\"; fyll i den innan ni publicerar: invånare och Digg läser redogörelsen som organisationens eget ord"
            : $"tillgänglighetsredogörelsen säger fortfarande \"{example}\" och har {count - 1} platshållare till; fyll i dem innan ni publicerar: invånare och Digg läser redogörelsen som organisationens eget ord");

    public static Diagnostic HelpNumberEmpty(SourceLocation at, string label) =>
        Error(67, at, $"help number \"{label}\" needs 'number' or 'url' (or both)", $"hjälpnumret \"{label}\" behöver 'number' eller 'url' (eller båda)");

    public static Diagnostic ContactUrlInvalid(SourceLocation at, string value) =>
        Error(76, at, $"'contact.url' \"{value}\" is not an absolute http(s) address such as \"https://www.alvby.se/\"",
            $"'contact.url' \"{value}\" är inte en fullständig http(s)-adress som \"https://www.alvby.se/\"");

    public static Diagnostic AddressHasCredentials(SourceLocation at, string key) =>
        Error(77, at, $"'{key}' has a user name or password in it, which would be printed on every page and in every feed; remove the part before '@' (mirror passwords go in STATICCRISIS_MIRROR_<NAME>_PASSWORD)",
            $"'{key}' innehåller ett användarnamn eller lösenord, som skulle skrivas ut på varje sida och i varje flöde; ta bort delen före '@' (speglarnas lösenord hör hemma i STATICCRISIS_MIRROR_<NAMN>_PASSWORD)");

    public static Diagnostic HelpNumberUrlInvalid(SourceLocation at, string value) =>
        Error(68, at, $"'helpNumbers.url' \"{value}\" is not an absolute http(s) address such as \"https://www.krisinformation.se\"",
            $"'helpNumbers.url' \"{value}\" är inte en fullständig http(s)-adress som \"https://www.krisinformation.se\"");

    // Content
    public static Diagnostic FrontMatterMissing(SourceLocation at) =>
        Error(1001, at, "an update must start with front matter: a line '---', then 'title:' and 'date:', then another '---'",
            "ett meddelande måste börja med ett huvud: en rad '---', sedan 'title:' och 'date:', sedan ytterligare en rad '---'");

    public static Diagnostic FrontMatterNotClosed(SourceLocation at) =>
        Error(1001, at, "front matter is not closed: add a line '---' after the last key", "huvudet avslutas inte: lägg till en rad '---' efter sista nyckeln");

    public static Diagnostic SeverityUnknown(SourceLocation at, string value) =>
        Error(1004, at, $"severity \"{value}\" is not one of info, notice, warning, critical", $"allvarlighetsgraden \"{value}\" är inte en av info, notice, warning, critical");

    public static Diagnostic DateInvalid(SourceLocation at, string key, string value) =>
        Error(1007, at, $"'{key}' \"{value}\" is not a date; write it as 2026-03-02 or 2026-03-02T15:30 (optionally with an offset, e.g. +01:00)",
            $"'{key}' \"{value}\" är inget datum; skriv det som 2026-03-02 eller 2026-03-02T15:30 (gärna med tidsskillnad, t.ex. +01:00)");

    public static Diagnostic ServiceUnknown(SourceLocation at, string id, IEnumerable<string> known)
    {
        var list = known.ToList();
        var suggestion = Suggestions.Nearest(id, list);
        return Error(1008, at,
            $"service '{id}' is not defined under 'services' in site.yml; {(suggestion is null ? $"known ids: {string.Join(", ", list)}" : $"did you mean '{suggestion}'?")}",
            $"tjänsten '{id}' finns inte under 'services' i site.yml; {(suggestion is null ? $"kända id: {string.Join(", ", list)}" : $"menade du '{suggestion}'?")}");
    }

    public static Diagnostic ServiceStatusUnknown(SourceLocation at, string id, string value) =>
        Error(1009, at, $"status \"{value}\" of service '{id}' is not one of operational, degraded, manual, down",
            $"läget \"{value}\" för tjänsten '{id}' är inte ett av operational, degraded, manual, down");

    public static Diagnostic SlugDuplicate(SourceLocation at, string slug, string otherPath) =>
        Error(1013, at, $"slug '{slug}' is also used by {otherPath}; give one of them another file name or 'slug'",
            $"adressnamnet (slug) '{slug}' används också av {otherPath}; ge en av dem ett annat filnamn eller 'slug'");

    public static Diagnostic SlugUnsafe(SourceLocation at, string slug) =>
        slug.Length > 200
            ? Error(1014, at, $"slug \"{slug[..40]}…\" is {slug.Length} characters long; it becomes a file name, which may have at most 200: shorten the file name or write a shorter 'slug'",
                $"adressnamnet (slug) \"{slug[..40]}…\" är {slug.Length} tecken långt; det blir ett filnamn, som får ha högst 200: korta filnamnet eller skriv en kortare 'slug'")
            : Error(1014, at, $"slug \"{slug}\" may only contain lowercase letters a-z, digits and '-' (it becomes a file name)",
                $"adressnamnet (slug) \"{slug}\" får bara innehålla små bokstäver a-z, siffror och '-' (det blir ett filnamn)");

    public static Diagnostic FileEmpty(string path) =>
        Error(1015, new SourceLocation(path), "the file is empty; write front matter with 'title' and 'date', or delete the file",
            "filen är tom; skriv ett huvud med 'title' och 'date', eller ta bort filen");

    public static Diagnostic FileNotUtf8(string path, long byteOffset) =>
        Error(1016, new SourceLocation(path), $"the file is not valid UTF-8 (first bad byte at offset {byteOffset}); save it as UTF-8",
            $"filen är inte giltig UTF-8 (första felaktiga byte vid position {byteOffset}); spara den som UTF-8");

    public static Diagnostic FileBinary(string path) =>
        Error(1017, new SourceLocation(path), "the file is not text (it contains NUL bytes); only Markdown files belong in content/updates",
            "filen är inte text (den innehåller NUL-byte); bara Markdown-filer hör hemma i content/updates");

    public static Diagnostic LinkBroken(SourceLocation at, string target) =>
        Warning(1018, at, $"link to '{target}' points at nothing in content/; check the file name, or save the file into content/",
            $"länken till '{target}' pekar inte på något i content/; kontrollera filnamnet, eller spara filen i content/");

    public static Diagnostic ReviewerKeyInvalid(SourceLocation at, string name) =>
        Error(85, at, $"the publicKey of reviewer \"{name}\" is not a minisign public key; copy the second line of their staticcrisis.pub (it begins with RW)",
            $"publicKey för granskaren \"{name}\" är ingen minisign-nyckel; kopiera andra raden i deras staticcrisis.pub (den börjar med RW)");

    public static Diagnostic ReviewWithoutReviewers(SourceLocation at) =>
        Error(86, at, "'review' requires a second person's approval but names no reviewers; add 'reviewers:' with each person's name and publicKey (from staticcrisis keygen), or set 'required: false'",
            "'review' kräver att en andra person godkänner men anger inga granskare; lägg till 'reviewers:' med varje persons namn och publicKey (från staticcrisis keygen), eller sätt 'required: false'");

    public static Diagnostic NotReviewed(string path) =>
        Error(3011, new SourceLocation(path),
            "this update has changed since a second person last approved it, and site.yml requires review; send it for review in the desk (staticcrisis desk), or publish with --force-without-review \"why\", which is recorded",
            "meddelandet har ändrats sedan en andra person senast godkände det, och site.yml kräver granskning; skicka det på granskning i skrivbordet (staticcrisis desk), eller publicera med --force-without-review \"varför\", vilket sparas");

    public static Diagnostic ApprovalBySamePerson(string path, string name) =>
        Error(3012, new SourceLocation(path), $"{name} sent this update for review and cannot also approve it: a second pair of eyes is another person's",
            $"{name} skickade meddelandet på granskning och kan inte också godkänna det: en andra granskare är en annan person");

    public static Diagnostic ApproverUnknown(string keyId) =>
        Error(3013, null, $"the key {keyId} is not among the reviewers in site.yml ('review', 'reviewers'); add its public key there, or open the desk with a reviewer's key",
            $"nyckeln {keyId} finns inte bland granskarna i site.yml ('review', 'reviewers'); lägg till dess publika nyckel där, eller öppna skrivbordet med en granskares nyckel");

    public static Diagnostic AssetIsActiveContent(string path) =>
        Error(1069, new SourceLocation(path),
            "a web page or script among the content files would be published as it is, and anything in it would run on the site's address; put its text in an update, or publish it as a PDF",
            "en webbsida eller ett skript bland innehållsfilerna skulle publiceras som den är, och allt i den skulle köras på webbplatsens adress; skriv in texten i ett meddelande, eller publicera den som PDF");

    public static Diagnostic FileTooLarge(string path, long bytes, long limit) =>
        Error(1019, new SourceLocation(path),
            string.Create(CultureInfo.InvariantCulture, $"the file is {bytes / 1048576.0:0.0} MB; updates are limited to {limit / 1048576.0:0.#} MB of text (put long documents in content/ as a PDF and link to them)"),
            string.Create(CultureInfo.InvariantCulture, $"filen är {bytes / 1048576.0:0.0} MB; ett meddelande får ha högst {limit / 1048576.0:0.#} MB text (lägg långa dokument i content/ som PDF och länka till dem)"));

    public static Diagnostic MarkdownTooDeep(SourceLocation at) =>
        Error(1020, at, "the Markdown is nested too deeply (lists or quotes inside each other thousands of levels deep); simplify it",
            "Markdown-texten är för djupt nästlad (listor eller citat i varandra i tusentals nivåer); förenkla den");

    public static Diagnostic MarkdownTooManyLinkOpeners(SourceLocation at) =>
        Error(1047, at, "this paragraph has so many '[' in so much text that reading it as Markdown would take minutes (each '[' may start a link); split it with blank lines, or remove the brackets",
            "stycket har så många '[' i så mycket text att det skulle ta minuter att läsa det som Markdown (varje '[' kan börja en länk); dela det med tomma rader, eller ta bort hakparenteserna");

    public static Diagnostic MarkdownTooManyReferences(SourceLocation at, int limit) =>
        Error(1048, at, $"the update has more than {limit} link definitions ('[name]: address' lines); no update needs that many: keep the ones the text uses",
            $"meddelandet har fler än {limit} länkdefinitioner (rader med '[namn]: adress'); inget meddelande behöver så många: behåll dem som texten använder");

    public static Diagnostic UrgentUpdateFarAhead(SourceLocation at, string what, DateTimeOffset date, TimeSpan ahead) =>
        Warning(1031, at,
            string.Create(CultureInfo.InvariantCulture, $"this {what} update is dated {date:yyyy-MM-dd HH:mm}, {Ahead(ahead).English} ahead, so it is not on the site until then; check the date (a typo in the year?), or mark it 'draft: true' if it is meant for later"),
            string.Create(CultureInfo.InvariantCulture, $"det här meddelandet ({what}) är daterat {date:yyyy-MM-dd HH:mm}, om {Ahead(ahead).Swedish}, så det syns inte på webbplatsen förrän då; kontrollera datumet (fel årtal?), eller markera det 'draft: true' om det är tänkt för senare"));

    /// <summary>"3 days", "5 hours", "1 year and 2 days": how far ahead, in the largest units that say it.</summary>
    public static Said Ahead(TimeSpan ahead)
    {
        if (ahead.TotalDays >= 365)
        {
            var years = (long)(ahead.TotalDays / 365);
            var days = (long)(ahead.TotalDays - years * 365);
            return days == 0
                ? new(Count(years, "year", "years"), Count(years, "år", "år"))
                : new($"{Count(years, "year", "years")} and {Count(days, "day", "days")}", $"{Count(years, "år", "år")} och {Count(days, "dag", "dagar")}");
        }
        if (ahead.TotalDays >= 1)
            return new(Count((long)ahead.TotalDays, "day", "days"), Count((long)ahead.TotalDays, "dag", "dagar"));
        if (ahead.TotalHours >= 1)
            return new(Count((long)ahead.TotalHours, "hour", "hours"), Count((long)ahead.TotalHours, "timme", "timmar"));
        var minutes = Math.Max(1, (long)ahead.TotalMinutes);
        return new(Count(minutes, "minute", "minutes"), Count(minutes, "minut", "minuter"));
    }

    /// <summary>"1 update", "2 updates": a count with the word in its number.</summary>
    public static string Count(long n, string one, string many) => n == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{n} {many}");

    public static Diagnostic ImageOnAnotherHost(SourceLocation at, int count) =>
        Warning(1046, at,
            $"{(count == 1 ? "an image is" : $"{count} images are")} on another host, which residents' browsers would be told to load (and that host would learn who reads the page); " +
            "shown as a link instead. Save the image into content/ and link to it there",
            $"{(count == 1 ? "en bild ligger" : $"{count} bilder ligger")} på en annan server, som invånarnas webbläsare då skulle hämta från (och den servern skulle få veta vem som läser sidan); " +
            "visas i stället som en länk. Spara bilden i content/ och länka till den där");

    // Files of the site folder that are not ordinary files inside it (content/, themes/, templates/, site.yml).
    public static Diagnostic SourceNotAFile(string path, Said kind) =>
        Error(1040, new SourceLocation(path), $"this is {kind.English}, not an ordinary file, so it is not read; remove it or put a real file in its place",
            $"det här är {kind.Swedish}, ingen vanlig fil, så den läses inte; ta bort den eller lägg en riktig fil i dess ställe");

    public static Diagnostic SourceLinkOutside(string path, string target) =>
        Error(1041, new SourceLocation(path), $"this symbolic link leads outside the site folder (to {target}), so it is not followed and nothing is copied from there; copy the file into the site folder instead",
            $"den symboliska länken leder ut ur webbplatsmappen (till {target}), så den följs inte och inget kopieras därifrån; kopiera i stället in filen i webbplatsmappen");

    public static Diagnostic SourceLinkBroken(string path, string target) =>
        Error(1042, new SourceLocation(path), $"this symbolic link leads nowhere (to {target}, which is missing or a loop of links); remove it or point it at a file in the site folder",
            $"den symboliska länken leder ingenstans (till {target}, som saknas eller är en slinga av länkar); ta bort den eller peka den på en fil i webbplatsmappen");

    public static Diagnostic SourceNameUnsafe(string path) =>
        Error(1043, new SourceLocation(path), "the file's name has a control character (such as a line break) or a backslash, which cannot be published; rename it",
            "filens namn innehåller ett styrtecken (som en radbrytning) eller ett omvänt snedstreck, som inte kan publiceras; byt namn på den");

    public static Diagnostic SourceUnreadable(string path, string detail) =>
        Error(1044, new SourceLocation(path), $"the folder cannot be read: {detail}; check its permissions", $"mappen går inte att läsa: {detail}; kontrollera dess behörigheter");

    public static Diagnostic AssetShadowsSiteFile(string path, string outputPath) =>
        Error(1045, new SourceLocation(path), $"this file would be published as {outputPath}, which the build makes itself; rename or move it",
            $"filen skulle publiceras som {outputPath}, som bygget själv skapar; byt namn på den eller flytta den");

    public static Diagnostic AssetInsideSiteFile(string path, string madePath) =>
        Error(1045, new SourceLocation(path), $"this file would be published inside a folder named {madePath}, but the build writes a file of that name there; rename the folder",
            $"filen skulle publiceras i en mapp som heter {madePath}, men bygget skriver en fil med det namnet där; byt namn på mappen");

    public static Diagnostic AssetInPlaceOfSiteFolder(string path, string madePath) =>
        Error(1045, new SourceLocation(path), $"this file would be published where the build makes a folder (for {madePath}); rename or move it",
            $"filen skulle publiceras där bygget skapar en mapp (för {madePath}); byt namn på den eller flytta den");


    public static Diagnostic RawHtmlTooDeep(SourceLocation at) =>
        Warning(1021, at, "the HTML in this update is nested hundreds of levels deep; it is shown as plain text",
            "HTML-koden i meddelandet är nästlad i hundratals nivåer; den visas som vanlig text");

    public static Diagnostic BannerHeadlineTooLong(SourceLocation at, string update, int length, int limit) =>
        Warning(1022, at, $"the banner headline of {update} is {length} characters; other sites' banners show at most {limit}: shorten 'banner.headline'",
            $"banderollens rubrik i {update} är {length} tecken; andra webbplatsers banderoller visar högst {limit}: korta 'banner.headline'");

    public static Diagnostic BannerTextTooLong(SourceLocation at, string update, int sentences, int limit) =>
        Warning(1023, at, $"the banner text of {update} has {sentences} sentences; other sites' banners show at most {limit}: shorten 'banner.text'",
            $"banderollens text i {update} har {sentences} meningar; andra webbplatsers banderoller visar högst {limit}: korta 'banner.text'");

    public static Diagnostic SmsTooLong(SourceLocation at, string path, int messages, int units, bool gsm) =>
        gsm
            ? Warning(1024, at, $"the sms of {path} is {units} GSM characters and needs {messages} text messages (160 fit in one); shorten it if it should go as one",
                $"sms-texten i {path} är {units} GSM-tecken och behöver {messages} sms (160 ryms i ett); korta den om den ska gå som ett")
            : Warning(1024, at, $"the sms of {path} has characters outside the GSM alphabet, so it is sent as UCS-2: {units} characters need {messages} text messages (70 fit in one)",
                $"sms-texten i {path} har tecken utanför GSM-alfabetet, så den skickas som UCS-2: {units} tecken behöver {messages} sms (70 ryms i ett)");

    public static Diagnostic PlaceholderLeft(SourceLocation at, string example) =>
        Error(1030, at, $"'{example}' is still to be filled in, so the update cannot be published: write what it asks for in its place (or set 'draft: true' until the text is ready)",
            $"'{example}' är inte ifyllt, så meddelandet kan inte publiceras: skriv det som efterfrågas i dess ställe (eller sätt 'draft: true' tills texten är klar)");

    // Themes
    public static Diagnostic TemplateMissing(string themePath, string template) =>
        Error(2001, new SourceLocation(themePath), $"the theme has no template '{template}'; add it, or copy it from the built-in theme",
            $"temat saknar mallen '{template}'; lägg till den, eller kopiera den från det inbyggda temat");

    public static Diagnostic TemplateCompile(SourceLocation at, string message) =>
        Error(2002, at, $"the template does not compile: {message}", $"mallen går inte att kompilera: {message}");

    public static Diagnostic TemplateRender(SourceLocation at, string message) =>
        Error(2003, at, $"the template failed while rendering: {message}", $"mallen misslyckades när sidan skapades: {message}");

    public static Diagnostic StringsInvalid(SourceLocation at, string detail) =>
        Error(2004, at, $"theme strings: {detail}", $"temats texter: {detail}");

    // Output
    public static Diagnostic HubRefused(string hub, string problem) =>
        Warning(3011, null, $"the WebSub hub {hub} did not take the news of {problem}; subscribers will see it at their next poll",
            $"WebSub-hubben {hub} tog inte emot nyheten om {problem}; prenumeranter ser den vid nästa hämtning");

    public static Diagnostic OutputBusy(string output, TimeSpan waited) =>
        Error(3007, null,
            string.Create(CultureInfo.InvariantCulture, $"'{output}' is being written or published by another staticcrisis (waited {waited.TotalSeconds:0} s); nothing was written. Let it finish, then build again"),
            string.Create(CultureInfo.InvariantCulture, $"'{output}' skrivs eller publiceras av en annan staticcrisis (väntade {waited.TotalSeconds:0} s); inget skrevs. Låt den bli klar och bygg sedan igen"));

    public static Diagnostic OutputNotWritten(string output, string detail) =>
        Error(3008, null, $"could not write the site to '{output}': {detail}. Nothing was changed there: the site already published is as it was",
            $"kunde inte skriva webbplatsen till '{output}': {detail}. Inget ändrades där: den redan publicerade webbplatsen är som förut");

    public static Diagnostic OutputRefused(string output, Said reason) =>
        Error(3001, null, $"refusing to write the site to '{output}': {reason.English}", $"vägrar skriva webbplatsen till '{output}': {reason.Swedish}");

    /// <summary>A warning, as SC1018 is in the build: one problem, one verdict, whichever command finds it.</summary>
    public static Diagnostic OutputLinkBroken(SourceLocation at, string url, Said problem) =>
        Warning(3004, at, $"broken link '{url}': {problem.English}", $"trasig länk '{url}': {problem.Swedish}");

    public static Diagnostic SignatureMissingForPublish() =>
        Error(3009, new SourceLocation("site.yml"),
            "site.yml names the site's public key under 'signing', but the site was built without the secret key, so no copy would verify as genuine; " +
            "publish with --signing-key FILE (or STATICCRISIS_SIGNING_KEY_FILE), or remove 'signing' from site.yml",
            "site.yml anger webbplatsens publika nyckel under 'signing', men webbplatsen byggdes utan den hemliga nyckeln, så ingen kopia skulle kunna bekräftas som äkta; " +
            "publicera med --signing-key FIL (eller STATICCRISIS_SIGNING_KEY_FILE), eller ta bort 'signing' ur site.yml");

    public static Diagnostic MirrorFolderRefused(SourceLocation at, string mirror, string folder, Said reason) =>
        Error(3010, at, $"mirror '{mirror}': refusing to publish to the folder '{folder}': {reason.English}",
            $"spegeln '{mirror}': vägrar publicera till mappen '{folder}': {reason.Swedish}");

    public static Diagnostic OutputNotPublishable(string detail) =>
        Error(3005, null, $"cannot publish: {detail}", $"kan inte publicera: {detail}");

    public static Diagnostic DeletesOverLimit(string mirror, int deletions, int limit) =>
        Error(3006, null,
            $"mirror '{mirror}' would delete {deletions} files, more than --max-deletes {limit} allows; nothing was published to any mirror. If these files should go, run again with --max-deletes {deletions}",
            $"spegeln '{mirror}' skulle ta bort {deletions} filer, fler än --max-deletes {limit} tillåter; inget publicerades till någon spegel. Om filerna ska bort, kör igen med --max-deletes {deletions}");

    public static Diagnostic PageOverBudget(string page, double kilobytes, int budget) =>
        Warning(3002, new SourceLocation(page),
            string.Create(CultureInfo.InvariantCulture, $"the page weighs {kilobytes:0.0} KB gzip, over the budget of {budget} KB; shorten it or move long parts to their own update"),
            string.Create(CultureInfo.InvariantCulture, $"sidan väger {kilobytes:0.0} KB gzip, över budgeten på {budget} KB; korta den eller flytta långa delar till ett eget meddelande"));

    // init and new
    public static Diagnostic StarterWouldOverwrite(string directory, IReadOnlyList<string> taken)
    {
        var shown = string.Join(", ", taken.Take(3));
        return Error(4001, null,
            $"refusing to create a site in '{directory}': it already has {shown}{(taken.Count > 3 ? $" and {taken.Count - 3} more" : "")}; nothing was changed. Choose a new or empty folder",
            $"vägrar skapa en webbplats i '{directory}': där finns redan {shown}{(taken.Count > 3 ? $" och {taken.Count - 3} till" : "")}; inget ändrades. Välj en ny eller tom mapp");
    }

    public static Diagnostic StarterLanguageUnknown(string language, IEnumerable<string> known) =>
        Error(4002, null, $"the theme has no texts in the language '{language}'; available: {string.Join(", ", known)}",
            $"temat har inga texter på språket '{language}'; det finns: {string.Join(", ", known)}");

    public static Diagnostic ServiceArgumentInvalid(string value) =>
        Error(4003, new SourceLocation("--service " + value), $"\"{value}\" should be written as id=status, e.g. vatten=down",
            $"\"{value}\" ska skrivas som id=läge, t.ex. vatten=down");

    public static Diagnostic UpdateTemplateUnknown(string name, IEnumerable<string> known)
    {
        var list = known.ToList();
        var suggestion = Suggestions.Nearest(name, list);
        return Error(4004, new SourceLocation("--from-template"),
            $"there is no template '{name}' in templates/; " + (list.Count == 0 ? "the site has no templates/ folder with .md files"
                : suggestion is null ? $"available: {string.Join(", ", list)}" : $"did you mean '{suggestion}'?"),
            $"det finns ingen mall '{name}' i templates/; " + (list.Count == 0 ? "webbplatsen har ingen mapp templates/ med .md-filer"
                : suggestion is null ? $"det finns: {string.Join(", ", list)}" : $"menade du '{suggestion}'?"));
    }

    // Signing keys (SC51xx): the secret key given to build and publish, and keygen.
    public static Diagnostic SigningKeyUnreadable(string path, string reason) =>
        Error(5101, new SourceLocation(path), $"the signing key could not be read: {reason}", $"signeringsnyckeln gick inte att läsa: {reason}");

    public static Diagnostic SigningKeyNotAKey(string path) =>
        Error(5102, new SourceLocation(path), "this is not a minisign secret key; 'staticcrisis keygen' makes one (give the .key file, not the .pub)",
            "det här är ingen hemlig minisign-nyckel; 'staticcrisis keygen' skapar en (ange .key-filen, inte .pub)");

    public static Diagnostic SigningKeyUnsupported(string path) =>
        Error(5103, new SourceLocation(path), "this minisign secret key uses an algorithm or a key derivation cost (over 1 GiB) that staticcrisis does not support; make a new one with 'staticcrisis keygen'",
            "den hemliga minisign-nyckeln använder en algoritm eller en kostnad för nyckelhärledning (över 1 GiB) som staticcrisis inte stöder; skapa en ny med 'staticcrisis keygen'");

    public static Diagnostic SigningKeyWrongPassphrase(string path) =>
        Error(5104, new SourceLocation(path), "the passphrase does not open this signing key; check STATICCRISIS_SIGNING_KEY_PASSWORD or what was typed",
            "lösenfrasen öppnar inte signeringsnyckeln; kontrollera STATICCRISIS_SIGNING_KEY_PASSWORD eller det som skrevs");

    public static Diagnostic SigningKeyDamaged(string path) =>
        Error(5105, new SourceLocation(path), "the signing key is damaged (its checksum does not match); restore it from a backup",
            "signeringsnyckeln är skadad (kontrollsumman stämmer inte); återställ den från en säkerhetskopia");

    public static Diagnostic SigningKeyNeedsPassphrase(string path) =>
        Error(5106, new SourceLocation(path), "the signing key is encrypted: set STATICCRISIS_SIGNING_KEY_PASSWORD, or run on a terminal to be asked for the passphrase",
            "signeringsnyckeln är krypterad: sätt STATICCRISIS_SIGNING_KEY_PASSWORD, eller kör i en terminal för att bli tillfrågad om lösenfrasen");

    public static Diagnostic SigningKeyNotTheSites(SourceLocation at, string givenKeyId, string siteKeyId) =>
        Error(5107, at, $"the signing key (key id {givenKeyId}) is not the one in 'signing.publicKey' (key id {siteKeyId}): sign with the site's key, or put the new key's public key in site.yml",
            $"signeringsnyckeln (nyckel-id {givenKeyId}) är inte den i 'signing.publicKey' (nyckel-id {siteKeyId}): signera med webbplatsens nyckel, eller skriv in den nya nyckelns publika nyckel i site.yml");

    public static Diagnostic SigningKeyNotInSite(SourceLocation at, string publicKey) =>
        Warning(5108, at, $"the site is signed, but site.yml has no 'signing.publicKey', so pages cannot show it and 'verify' cannot find it: add signing: {{ publicKey: \"{publicKey}\" }}",
            $"webbplatsen är signerad, men site.yml saknar 'signing.publicKey', så sidorna kan inte visa den och 'verify' hittar den inte: lägg till signing: {{ publicKey: \"{publicKey}\" }}");

    public static Diagnostic KeyFilesExist(string directory, IReadOnlyList<string> existing) =>
        Error(5109, new SourceLocation(directory),
            $"refusing to overwrite {string.Join(" and ", existing)}: overwriting would lose the secret key that the published public key belongs to; choose another --output folder or move the old keys away",
            $"vägrar skriva över {string.Join(" och ", existing)}: då skulle den hemliga nyckel som den publicerade publika nyckeln hör till gå förlorad; välj en annan mapp med --output eller flytta bort de gamla nycklarna");

    public static Diagnostic KeyPassphrasesDiffer() =>
        Error(5110, new SourceLocation("passphrase"), "the two passphrases differ; nothing was written; run keygen again", "de två lösenfraserna skiljer sig åt; inget skrevs; kör keygen igen");

    public static Diagnostic KeygenNeedsPassphrase() =>
        Error(5111, new SourceLocation("passphrase"), "no terminal to ask for a passphrase: set STATICCRISIS_SIGNING_KEY_PASSWORD (empty for a key that is not encrypted)",
            "ingen terminal att fråga efter lösenfras i: sätt STATICCRISIS_SIGNING_KEY_PASSWORD (tom för en okrypterad nyckel)");

    public static Diagnostic SecretKeyNotEncrypted(string path) =>
        Warning(5112, new SourceLocation(path), "the secret key is not encrypted: anyone who gets a copy of this file can sign as the site; keep it where only you can read it",
            "den hemliga nyckeln är inte krypterad: vem som helst som får en kopia av filen kan signera som webbplatsen; förvara den där bara du kan läsa den");

    public static Diagnostic SecretKeyInSiteFolder(string path) =>
        Warning(5113, new SourceLocation(path), "the secret key is in a site folder: move it out, so it is never committed or published with the site",
            "den hemliga nyckeln ligger i en webbplatsmapp: flytta ut den, så att den aldrig checkas in eller publiceras med webbplatsen");

    // SC6xxx: the command line and the tool itself.

    public static Diagnostic SiteFolderMissing(string folder) =>
        Error(6001, null, $"the site folder '{folder}' does not exist; check the name, or create a site there with 'staticcrisis init {folder}'",
            $"webbplatsmappen '{folder}' finns inte; kontrollera namnet, eller skapa en webbplats där med 'staticcrisis init {folder}'");

    public static Diagnostic InternalError(Said? during = null) =>
        Error(6002, null, $"internal error{during?.English}; this is a bug in staticcrisis, please report it with the text below.",
            $"internt fel{during?.Swedish}; det är ett fel i staticcrisis, rapportera det gärna med texten nedan.");

    public static Diagnostic FileProblem(string detail) =>
        Error(3003, null, $"could not read or write a file: {detail}", $"kunde inte läsa eller skriva en fil: {detail}");

    /// <summary>System.CommandLine's own message, which it has in English only: the Swedish line says where it is from.</summary>
    public static Diagnostic CommandLine(string message) => Error(6003, null, message, $"kommandoraden: {message}");

    public static Diagnostic PortInUse(int port, string address) =>
        Error(6004, null, $"port {port} on {address} is already in use; choose another with --port", $"port {port} på {address} används redan; välj en annan med --port");

    public static Diagnostic NotACopyAddress(string address) =>
        Error(6005, null, $"'{address}' is neither an http(s) address such as https://kris.example.org/info/, a file:// address, nor a folder",
            $"'{address}' är varken en http(s)-adress som https://kris.example.org/info/, en file://-adress eller en mapp");

    public static Diagnostic NotAManifest(string where) =>
        Error(6006, null, $"{where} is not a manifest (lines 'SHA256 (path) = hash'): this is not a copy staticcrisis can check",
            $"{where} är inget manifest (rader 'SHA256 (sökväg) = kontrollsumma'): det här är ingen kopia som staticcrisis kan kontrollera");

    public static Diagnostic ManifestUnreadable(string where, string problem) =>
        Error(6007, null, $"could not read {where}: {problem}", $"kunde inte läsa {where}: {problem}");

    public static Diagnostic NotAKeyFile(string file) =>
        Error(6008, null, $"'{file}' is not a minisign public key file (a comment line, then a line starting with RW)",
            $"'{file}' är ingen fil med en publik minisign-nyckel (en kommentarsrad, sedan en rad som börjar med RW)");

    public static Diagnostic NotAKey(string value) =>
        Error(6009, null, $"--public-key '{value}' is neither a minisign public key (56 characters starting with RW) nor a file",
            $"--public-key '{value}' är varken en publik minisign-nyckel (56 tecken som börjar med RW) eller en fil");

    public static Diagnostic SiteUnreadableForKey() =>
        Error(6010, null, "site.yml could not be read for the site's public key; fix it, or give --public-key",
            "site.yml gick inte att läsa för webbplatsens publika nyckel; rätta den, eller ange --public-key");

    public static Diagnostic FileNotMade(string path, string error) =>
        Error(6011, new SourceLocation(path), $"could not be made: {error}", $"gick inte att skapa: {error}");

    // Languages: site.yml SC0079–SC0084, translations SC1049–SC1057, new --translation-of SC4005–SC4007.
    private static string DidYouMean(string? suggestion) => suggestion is null ? "" : $"; did you mean '{suggestion}'?";

    private static string MenadeDu(string? suggestion) => suggestion is null ? "" : $"; menade du '{suggestion}'?";

    public static Diagnostic LanguageCodeUnknown(SourceLocation at, string code, string? suggestion) =>
        Error(79, at, $"'languages' item \"{code}\" is not a language code the tool knows (codes are BCP 47, such as sv, en, fi, fit, se, ar, fa, so, uk, and lattlast for easy-to-read Swedish){DidYouMean(suggestion)}",
            $"'languages' \"{code}\" är ingen språkkod som verktyget känner till (koderna följer BCP 47, som sv, en, fi, fit, se, ar, fa, so, uk, och lattlast för lättläst svenska){MenadeDu(suggestion)}");

    public static Diagnostic LanguageListedTwice(SourceLocation at, string code, int firstLine) =>
        Error(80, at, $"the language '{code}' is already listed on line {firstLine}; list each language once",
            $"språket '{code}' finns redan på rad {firstLine}; skriv varje språk en gång");

    public static Diagnostic LanguageIsMain(SourceLocation at, string code) =>
        Warning(81, at, $"'{code}' is the site's main language ('language:'), which is always published at the root; remove it from 'languages'",
            $"'{code}' är webbplatsens huvudspråk ('language:'), som alltid publiceras i roten; ta bort det ur 'languages'");

    public static Diagnostic LanguageServiceUnknown(SourceLocation at, string id, string? suggestion) =>
        Error(82, at, $"there is no service '{id}' in 'services' to name in this language{DidYouMean(suggestion)}",
            $"det finns ingen tjänst '{id}' i 'services' att ge ett namn på det här språket{MenadeDu(suggestion)}");

    public static Diagnostic LanguageContactUnknown(SourceLocation at, string label, string? suggestion) =>
        Error(83, at, $"no contact in 'contact' has the label \"{label}\"; write the label as it is in the main language{DidYouMean(suggestion)}",
            $"ingen kontakt i 'contact' har etiketten \"{label}\"; skriv etiketten som den står på huvudspråket{MenadeDu(suggestion)}");

    public static Diagnostic TranslationLanguageNotPublished(SourceLocation at, string code, string english, string swedish) =>
        Error(1049, at, $"the name ends in .{code}.md, a translation into {english}, but site.yml does not publish in '{code}': add it to 'languages:', or rename the file",
            $"namnet slutar på .{code}.md, en översättning till {swedish}, men site.yml publicerar inte på '{code}': lägg till det i 'languages:', eller byt namn på filen");

    public static Diagnostic TranslationWithoutOriginal(SourceLocation at, string key, string? suggestion) =>
        Error(1050, at, $"this translation has no original: no update is named '{key}.md' or has 'translationKey: {key}'{DidYouMean(suggestion)} (an update first written in this language needs its own 'date')",
            $"översättningen har inget original: ingen uppdatering heter '{key}.md' eller har 'translationKey: {key}'{MenadeDu(suggestion)} (en uppdatering som skrivs först på det här språket behöver ett eget 'date')");

    public static Diagnostic TranslationContradicts(SourceLocation at, string key, string written, string original, string originalPath) =>
        Error(1051, at, $"'{key}' is \"{written}\" here but \"{original}\" in the original {originalPath}; a translation takes '{key}' from its original: remove the line, or change the original",
            $"'{key}' är \"{written}\" här men \"{original}\" i originalet {originalPath}; en översättning tar '{key}' från sitt original: ta bort raden, eller ändra originalet");

    public static Diagnostic TranslationTwice(SourceLocation at, string language, string otherPath) =>
        Error(1052, at, $"{otherPath} is already the '{language}' translation of the same original; keep one of them",
            $"{otherPath} är redan översättningen till '{language}' av samma original; behåll en av dem");

    public static Diagnostic LanguageOfUpdateUnknown(SourceLocation at, string code, string? suggestion) =>
        Error(1053, at, $"'language' \"{code}\" is not one of the site's languages (site.yml 'language' and 'languages'){DidYouMean(suggestion)}",
            $"'language' \"{code}\" är inte ett av webbplatsens språk (site.yml 'language' och 'languages'){MenadeDu(suggestion)}");

    public static Diagnostic LanguageDiffersFromFileName(SourceLocation at, string written, string named) =>
        Error(1057, at, $"'language' is \"{written}\" but the file's name says '{named}' (.{named}.md); keep one of them",
            $"'language' är \"{written}\" men filens namn säger '{named}' (.{named}.md); behåll en av dem");

    public static Diagnostic TranslationRecordInvalid(SourceLocation at, string key, string value) =>
        Error(1054, at, $"'original.{key}' \"{value}\" is not {(key == "hash" ? "a hash the tool wrote" : "a date and time")}; 'original' records what this translation was made from, and 'staticcrisis new --translation-of ORIGINAL --language LANGUAGE' writes it again",
            $"'original.{key}' \"{value}\" är inte {(key == "hash" ? "en kontrollsumma som verktyget skrev" : "ett datum och en tid")}; 'original' visar vad översättningen gjordes från, och 'staticcrisis new --translation-of ORIGINAL --language SPRÅK' skriver det på nytt");

    public static Diagnostic TranslationInMainLanguage(SourceLocation at, string code) =>
        Error(1055, at, $"'{code}' is the site's main language: its updates are written without a language in their names; rename the file without '.{code}' (only a translation into {code} of an update first written in another language, such as x.en.md, is named x.{code}.md)",
            $"'{code}' är webbplatsens huvudspråk: dess uppdateringar skrivs utan språk i namnet; byt namn på filen utan '.{code}' (bara en översättning till {code} av en uppdatering som skrevs först på ett annat språk, som x.en.md, heter x.{code}.md)");

    // Corrections: 'replaces' SC1058–SC1061.
    public static Diagnostic ReplacesUnknown(SourceLocation at, string slug, string? suggestion) =>
        Error(1058, at, $"'replaces' names \"{slug}\", but no update is called that; write the earlier update's file name without .md{DidYouMean(suggestion)}",
            $"'replaces' anger \"{slug}\", men ingen uppdatering heter så; skriv den tidigare uppdateringens filnamn utan .md{MenadeDu(suggestion)}");

    public static Diagnostic ReplacesItself(SourceLocation at) =>
        Error(1059, at, "an update cannot replace itself; 'replaces' names the earlier update this one corrects",
            "en uppdatering kan inte ersätta sig själv; 'replaces' anger den tidigare uppdatering som den här rättar");

    public static Diagnostic ReplacesLater(SourceLocation at, string earlierPath) =>
        Error(1060, at, $"{earlierPath} is dated after this update, so this one cannot replace it; a correction is dated when it is written, after what it corrects",
            $"{earlierPath} är daterad efter den här uppdateringen, så den kan inte ersättas av den; en rättelse dateras när den skrivs, efter det den rättar");

    public static Diagnostic ReplacedTwice(SourceLocation at, string earlierPath, string firstPath) =>
        Error(1061, at, $"{earlierPath} is already replaced by {firstPath}; to correct again, replace {firstPath} instead",
            $"{earlierPath} ersätts redan av {firstPath}; för att rätta igen, ersätt {firstPath} i stället");

    // Incidents: 'incident' and 'state' SC1062–SC1064.
    public static Diagnostic IncidentIdInvalid(SourceLocation at, string id) =>
        Error(1062, at, $"incident id '{id}' may only contain lowercase letters a-z, digits, '-' and '_' (it names the incident's page, incidents/ID.html)",
            $"händelse-id '{id}' får bara innehålla små bokstäver a-z, siffror, '-' och '_' (det namnger händelsens sida, incidents/ID.html)");

    public static Diagnostic IncidentStateUnknown(SourceLocation at, string state, string? suggestion) =>
        Error(1063, at, $"'state' \"{state}\" is not an incident state: investigating, identified, monitoring or resolved{DidYouMean(suggestion)}",
            $"'state' \"{state}\" är inget läge för en händelse: investigating (utreds), identified (orsaken är känd), monitoring (bevakas) eller resolved (löst){MenadeDu(suggestion)}");

    public static Diagnostic IncidentStateWithoutIncident(SourceLocation at) =>
        Error(1064, at, "'state' is the state of an incident, and this update names none: add 'incident: ID' (the same id in every update of the incident), or remove 'state'",
            "'state' är läget för en händelse, och den här uppdateringen anger ingen: lägg till 'incident: ID' (samma id i varje uppdatering om händelsen), eller ta bort 'state'");

    // A promised next update: 'nextUpdate' SC1065–SC1066.
    public static Diagnostic NextUpdateNotAfter(SourceLocation at, string key) =>
        Error(1065, at, $"'nextUpdate' is not after this update's '{key}'; it is when residents are promised the next update: a later time",
            $"'nextUpdate' är inte efter uppdateringens '{key}'; det är när invånarna har lovats nästa uppdatering: en senare tid");

    public static Diagnostic NextUpdateOverdue(SourceLocation at, DateTimeOffset promised) =>
        Warning(1066, at, string.Create(CultureInfo.InvariantCulture, $"the next update was promised for {promised:yyyy-MM-dd HH:mm}, and none has been published since; publish one, or change 'nextUpdate' (the page already tells residents it is late)"),
            string.Create(CultureInfo.InvariantCulture, $"nästa uppdatering utlovades till {promised:yyyy-MM-dd HH:mm}, och ingen har publicerats sedan dess; publicera en, eller ändra 'nextUpdate' (sidan säger redan till invånarna att den är sen)"));

    // Planned disruptions: 'planned' SC1067–SC1068.
    public static Diagnostic PlannedEndNotAfterStart(SourceLocation at) =>
        Error(1067, at, "'planned.end' is not after 'planned.start'; the window runs from its start to its end: check the day and the time",
            "'planned.end' är inte efter 'planned.start'; avbrottet pågår från start till slut: kontrollera dag och tid");

    public static Diagnostic PlannedStateUnknown(SourceLocation at, string state) =>
        Error(1068, at, $"'planned.state' \"{state}\" is not one a writer gives: cancelled or postponed (scheduled, in progress and completed follow from the clock)",
            $"'planned.state' \"{state}\" är inget som skribenten anger: cancelled (inställt) eller postponed (uppskjutet) (planerat, pågår och avslutat följer av klockan)");

    public static Diagnostic PinnedNotTranslated(SourceLocation at, string language) =>
        Warning(1056, at, $"the situation now (the pinned update) has no translation into '{language}'; residents reading it see the original: write the translation with 'staticcrisis new --translation-of'",
            $"läget just nu (den fästa uppdateringen) är inte översatt till '{language}'; de som läser det språket ser originalet: skriv översättningen med 'staticcrisis new --translation-of'");

    public static Diagnostic ContactNotTranslated(SourceLocation at, string language, string label) =>
        Warning(84, at, $"the contact \"{label}\" has no label in '{language}' (site.yml 'languages', 'contact'); residents reading {language} see the main language's",
            $"kontakten \"{label}\" saknar etikett på '{language}' (site.yml 'languages', 'contact'); de som läser {language} ser huvudspråkets");

    public static Diagnostic TranslationLanguageUnknown(string language, IReadOnlyList<string> published) =>
        Error(4005, new SourceLocation("--language " + language),
            published.Count == 0
                ? "site.yml publishes in one language; add the language to 'languages:' in site.yml first"
                : $"site.yml does not publish in '{language}'; its other languages are {string.Join(", ", published)}{DidYouMean(Suggestions.Nearest(language, published))}",
            published.Count == 0
                ? "site.yml publicerar på ett språk; lägg först till språket i 'languages:' i site.yml"
                : $"site.yml publicerar inte på '{language}'; dess andra språk är {string.Join(", ", published)}{MenadeDu(Suggestions.Nearest(language, published))}");

    public static Diagnostic TranslationOriginalNotFound(string path) =>
        Error(4006, new SourceLocation(path), "this is not an original update under content/updates/ (one in the main language, or one first written in another language, with its own date); give the original's file",
            "det här är ingen originaluppdatering i content/updates/ (en på huvudspråket, eller en som skrevs först på ett annat språk, med eget datum); ange originalets fil");

    public static Diagnostic TranslationIntoItsOwnLanguage(string path, string language) =>
        Error(4007, new SourceLocation(path), $"this update is written in '{language}' already; give the language to translate it into",
            $"den här uppdateringen är redan skriven på '{language}'; ange språket den ska översättas till");
}
