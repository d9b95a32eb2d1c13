using StaticCrisis.Core.Yaml;

namespace StaticCrisis.Core.Diagnostics;

/// <summary>
/// Every problem the tool reports, with its code and wording, in one place.
/// Codes: SC0xxx site.yml, SC1xxx content, SC2xxx themes, SC3xxx output, SC4xxx init and new, SC51xx signing keys. Shared YAML problems take their
/// area's range, so the same mistake has the same last digits in site.yml and in an update.
/// </summary>
public static class Problems
{
    private static Diagnostic Error(int code, SourceLocation? at, string message) => new(DiagnosticSeverity.Error, $"SC{code:D4}", message, at);

    private static Diagnostic Warning(int code, SourceLocation? at, string message) => new(DiagnosticSeverity.Warning, $"SC{code:D4}", message, at);

    private static int Code(YamlSource source, int number) => (int)source.Area + number;

    // Shared YAML problems (site.yml: SC00xx, content: SC10xx).
    public static Diagnostic YamlInvalid(YamlSource source, SourceLocation at, string detail) =>
        Error(Code(source, 2), at, $"invalid YAML: {detail}");

    public static Diagnostic NotAMapping(YamlSource source, SourceLocation at, string found) =>
        Error(Code(source, 3), at, $"expected keys and values (such as 'title: ...'), found {found}");

    public static Diagnostic RequiredMissing(YamlSource source, SourceLocation at, string key) =>
        Error(Code(source, 5), at, $"'{key}' is required but missing");

    public static Diagnostic RequiredEmpty(YamlSource source, SourceLocation at, string key) =>
        Error(Code(source, 5), at, $"'{key}' is required but empty");

    public static Diagnostic WrongType(YamlSource source, SourceLocation at, string key, string found, string expected) =>
        Error(Code(source, 10), at, $"'{key}' should be {expected}, found {found}");

    public static Diagnostic UnknownKey(YamlSource source, SourceLocation at, string key, string? suggestion) =>
        Warning(Code(source, 11), at, suggestion is null ? $"unknown key '{key}' is ignored" : $"unknown key '{key}' is ignored; did you mean '{suggestion}'?");

    public static Diagnostic YamlDuplicateKey(YamlSource source, SourceLocation at, string key) =>
        Error(Code(source, 12), at, key.Length > 0 ? $"the key '{key}' appears twice; keep one" : "a key appears twice; keep one");

    public static Diagnostic OutOfRange(YamlSource source, SourceLocation at, string key, int value, int min, int max) =>
        Error(Code(source, 14), at, $"'{key}' is {value}, but must be between {min} and {max}");

    // site.yml
    public static Diagnostic SiteConfigMissing(string path) =>
        Error(1, new SourceLocation(path), "site.yml not found: a site folder needs a site.yml with at least 'title' and 'baseUrl'");

    public static Diagnostic SiteConfigTooLarge(long bytes) =>
        Error(78, new SourceLocation("site.yml"), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"site.yml is {bytes / 1048576.0:0.0} MB; a site's settings fit in far less than the 1 MB it may have: is this the right file?"));

    public static Diagnostic BaseUrlInvalid(SourceLocation at, string value) =>
        Error(6, at, $"'baseUrl' \"{value}\" is not an absolute http(s) address such as \"https://kris.example.org/info/\"");

    public static Diagnostic TimezoneUnknown(SourceLocation at, string value) =>
        Error(7, at, $"'timezone' \"{value}\" is not a known IANA time zone such as \"Europe/Stockholm\"");

    public static Diagnostic LanguageUnknown(SourceLocation at, string value, IEnumerable<string> known) =>
        Error(8, at, $"'language' \"{value}\" has no strings in the theme; available: {string.Join(", ", known)}");

    public static Diagnostic ThemeUnknown(SourceLocation at, string value, IEnumerable<string> searched) =>
        Error(9, at, $"'theme' \"{value}\" was not found; looked in {string.Join(" and ", searched)}");

    public static Diagnostic ServiceIdDuplicate(SourceLocation at, string id, int firstLine) =>
        Error(13, at, $"service id '{id}' is already used on line {firstLine}; each service needs its own id");

    public static Diagnostic ServiceIdInvalid(SourceLocation at, string id) =>
        Error(15, at, $"service id '{id}' may only contain lowercase letters a-z, digits, '-' and '_'");

    // site.yml: mirrors and signing (SC005x)
    public static Diagnostic MirrorUrlInvalid(SourceLocation at, string name, string problem) =>
        Error(50, at, $"the url of mirror '{name}' {problem}");

    public static Diagnostic MirrorNameInvalid(SourceLocation at, string name) =>
        Error(51, at, $"mirror name '{name}' may only contain letters a-z, digits, '-' and '_' (it names the mirror's environment variables)");

    public static Diagnostic MirrorNameDuplicate(SourceLocation at, string name, int firstLine) =>
        Error(52, at, $"mirror name '{name}' is already used on line {firstLine}; each mirror needs its own name");

    public static Diagnostic MirrorPublicUrlInvalid(SourceLocation at, string name, string value) =>
        Error(53, at, $"'publicUrl' \"{value}\" of mirror '{name}' is not an absolute http(s) address such as \"https://kris.example.org/info/\"");

    public static Diagnostic MirrorHostKeyInvalid(SourceLocation at, string name) =>
        Error(54, at, $"'hostKey' of mirror '{name}' should be the server's key fingerprint as 'ssh-keygen -lf' prints it: SHA256: and 43 characters");

    public static Diagnostic MirrorHostKeyNotSftp(SourceLocation at, string name) =>
        Warning(55, at, $"'hostKey' of mirror '{name}' is only used by sftp:// mirrors and is ignored here");

    public static Diagnostic SigningPublicKeyInvalid(SourceLocation at) =>
        Error(56, at, "'signing.publicKey' is not a minisign public key: copy the second line of staticcrisis.pub (56 characters, starting with RW)");

    public static Diagnostic MirrorsNone() =>
        Error(57, new SourceLocation(Configuration.SiteConfigLoader.FileName), "the site has no mirrors to publish to: add a 'mirrors:' list to site.yml");

    public static Diagnostic MirrorUnknown(string name, IEnumerable<string> known)
    {
        var list = known.ToList();
        var suggestion = Suggestions.Nearest(name, list);
        var hint = suggestion is null ? "" : $"did you mean '{suggestion}'? ";
        return Error(58, new SourceLocation("--mirror " + name), $"there is no mirror '{name}' in site.yml; {hint}known mirrors: {string.Join(", ", list)}");
    }

    // site.yml: WebSub hub and CAP (SC007x)
    public static Diagnostic HubInvalid(SourceLocation at, string value) =>
        Error(70, at, $"'hub' \"{value}\" is not an absolute http(s) address of a WebSub hub such as \"https://pubsubhubbub.appspot.com/\"");

    public static Diagnostic CapCategoryUnknown(SourceLocation at, string value, IEnumerable<string> known) =>
        Error(71, at, $"'cap.category' \"{value}\" is not one of CAP's categories: {string.Join(", ", known)}");

    public static Diagnostic CapStatusUnknown(SourceLocation at, string value, IEnumerable<string> known) =>
        Error(72, at, $"'cap.status' \"{value}\" is not one of {string.Join(", ", known)} (Exercise is for drills)");

    public static Diagnostic CapDurationInvalid(SourceLocation at, string value) =>
        Error(73, at, $"'cap.expiresAfter' \"{value}\" is not a duration from 1m to 365d; write a whole number of minutes, hours or days such as 90m, 24h or 2d");

    public static Diagnostic CapSenderInvalid(SourceLocation at, string value) =>
        Error(74, at, $"'cap.sender' \"{value}\" may not contain spaces, commas, '<' or '&'; use an address that is yours alone, such as \"krisinformation@kommun.se\"");

    public static Diagnostic CapGeocodeWithoutArea(SourceLocation at) =>
        Error(75, at, "'cap.geocode' needs 'cap.areaDesc', the area in words (such as \"Alvby kommun\"), which CAP requires with every geocode");

    // site.yml: the accessibility statement and help numbers (SC006x)
    public static Diagnostic AccessibilityStatementMissing() =>
        Warning(60, new SourceLocation(Configuration.SiteConfigLoader.FileName),
            "there is no 'accessibility' block, so the site has no accessibility statement, which a Swedish public body's site must have (lag 2018:1937); " +
            "add 'accessibility:' with organisation, compliance (full, partial or none), assessed (a date), method (self-assessment or third-party) and email or phone (see the README)");

    public static Diagnostic AccessibilityComplianceInvalid(SourceLocation at, string value) =>
        Error(61, at, $"'accessibility.compliance' \"{value}\" is not one of full (helt förenlig), partial (delvis förenlig), none (inte förenlig)");

    public static Diagnostic AccessibilityDateInvalid(SourceLocation at, string key, string value) =>
        Error(62, at, $"'{key}' \"{value}\" is not a date; write it as 2026-03-02");

    public static Diagnostic AccessibilityContactMissing(SourceLocation at) =>
        Error(63, at, "'accessibility' needs 'email' or 'phone' (or both): where residents report a barrier or ask for an accessible version");

    public static Diagnostic AccessibilityMethodInvalid(SourceLocation at, string value) =>
        Error(64, at, $"'accessibility.method' \"{value}\" is not one of self-assessment, third-party");

    public static Diagnostic AccessibilityEmailInvalid(SourceLocation at, string value) =>
        Error(65, at, $"'accessibility.email' \"{value}\" is not an e-mail address such as \"tillganglighet@kommun.example\"");

    public static Diagnostic AccessibilityProblemsMissing(SourceLocation at, Configuration.Compliance compliance) =>
        Error(66, at, $"'accessibility.compliance' is {compliance.ToString().ToLowerInvariant()}, so the statement must list what is not accessible: add 'problems:' with 'content' and 'reason' for each");

    public static Diagnostic AccessibilityPlaceholderLeft(SourceLocation at, string example, int count) =>
        Warning(69, at, count == 1
            ? $"the accessibility statement still says \"{example}\"; complete it before publishing: residents and Digg read the statement as the organisation's own word"
            : $"the accessibility statement still says \"{example}\" and has {count - 1} more placeholders; complete them before publishing: residents and Digg read the statement as the organisation's own word");

    public static Diagnostic HelpNumberEmpty(SourceLocation at, string label) =>
        Error(67, at, $"help number \"{label}\" needs 'number' or 'url' (or both)");

    public static Diagnostic ContactUrlInvalid(SourceLocation at, string value) =>
        Error(76, at, $"'contact.url' \"{value}\" is not an absolute http(s) address such as \"https://www.alvby.se/\"");

    public static Diagnostic AddressHasCredentials(SourceLocation at, string key) =>
        Error(77, at, $"'{key}' has a user name or password in it, which would be printed on every page and in every feed; remove the part before '@' (mirror passwords go in STATICCRISIS_MIRROR_<NAME>_PASSWORD)");

    public static Diagnostic HelpNumberUrlInvalid(SourceLocation at, string value) =>
        Error(68, at, $"'helpNumbers.url' \"{value}\" is not an absolute http(s) address such as \"https://www.krisinformation.se\"");

    // Content
    public static Diagnostic FrontMatterMissing(SourceLocation at) =>
        Error(1001, at, "an update must start with front matter: a line '---', then 'title:' and 'date:', then another '---'");

    public static Diagnostic FrontMatterNotClosed(SourceLocation at) =>
        Error(1001, at, "front matter is not closed: add a line '---' after the last key");

    public static Diagnostic SeverityUnknown(SourceLocation at, string value) =>
        Error(1004, at, $"severity \"{value}\" is not one of info, notice, warning, critical");

    public static Diagnostic DateInvalid(SourceLocation at, string key, string value) =>
        Error(1007, at, $"'{key}' \"{value}\" is not a date; write it as 2026-03-02 or 2026-03-02T15:30 (optionally with an offset, e.g. +01:00)");

    public static Diagnostic ServiceUnknown(SourceLocation at, string id, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Nearest(id, known);
        var hint = suggestion is null ? $"known ids: {string.Join(", ", known)}" : $"did you mean '{suggestion}'?";
        return Error(1008, at, $"service '{id}' is not defined under 'services' in site.yml; {hint}");
    }

    public static Diagnostic ServiceStatusUnknown(SourceLocation at, string id, string value) =>
        Error(1009, at, $"status \"{value}\" of service '{id}' is not one of operational, degraded, manual, down");

    public static Diagnostic SlugDuplicate(SourceLocation at, string slug, string otherPath) =>
        Error(1013, at, $"slug '{slug}' is also used by {otherPath}; give one of them another file name or 'slug'");

    public static Diagnostic SlugUnsafe(SourceLocation at, string slug) =>
        Error(1014, at, slug.Length > 200
            ? $"slug \"{slug[..40]}…\" is {slug.Length} characters long; it becomes a file name, which may have at most 200: shorten the file name or write a shorter 'slug'"
            : $"slug \"{slug}\" may only contain lowercase letters a-z, digits and '-' (it becomes a file name)");

    public static Diagnostic FileEmpty(string path) =>
        Error(1015, new SourceLocation(path), "the file is empty; write front matter with 'title' and 'date', or delete the file");

    public static Diagnostic FileNotUtf8(string path, long byteOffset) =>
        Error(1016, new SourceLocation(path), $"the file is not valid UTF-8 (first bad byte at offset {byteOffset}); save it as UTF-8");

    public static Diagnostic FileBinary(string path) =>
        Error(1017, new SourceLocation(path), "the file is not text (it contains NUL bytes); only Markdown files belong in content/updates");

    public static Diagnostic LinkBroken(SourceLocation at, string target) =>
        Warning(1018, at, $"link to '{target}' points at nothing in content/; check the file name");

    public static Diagnostic FileTooLarge(string path, long bytes, long limit) =>
        Error(1019, new SourceLocation(path), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {bytes / 1048576.0:0.0} MB; updates are limited to {limit / 1048576.0:0.#} MB of text (put long documents in content/ as a PDF and link to them)"));

    public static Diagnostic MarkdownTooDeep(SourceLocation at) =>
        Error(1020, at, "the Markdown is nested too deeply (lists or quotes inside each other thousands of levels deep); simplify it");

    public static Diagnostic MarkdownTooManyLinkOpeners(SourceLocation at) =>
        Error(1047, at, "this paragraph has so many '[' in so much text that reading it as Markdown would take minutes (each '[' may start a link); split it with blank lines, or remove the brackets");

    public static Diagnostic MarkdownTooManyReferences(SourceLocation at, int limit) =>
        Error(1048, at, $"the update has more than {limit} link definitions ('[name]: address' lines); no update needs that many: keep the ones the text uses");

    public static Diagnostic UrgentUpdateFarAhead(SourceLocation at, string what, DateTimeOffset date, TimeSpan ahead) =>
        Warning(1031, at, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"this {what} update is dated {date:yyyy-MM-dd HH:mm}, {Ahead(ahead)} ahead, so it is not on the site until then; check the date (a typo in the year?), or mark it 'draft: true' if it is meant for later"));

    /// <summary>"3 days", "5 hours", "1 year and 2 days": how far ahead, in the largest units that say it.</summary>
    public static string Ahead(TimeSpan ahead)
    {
        static string Count(long n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
        if (ahead.TotalDays >= 365)
        {
            var years = (long)(ahead.TotalDays / 365);
            var days = (long)(ahead.TotalDays - years * 365);
            return days == 0 ? Count(years, "year", "years") : $"{Count(years, "year", "years")} and {Count(days, "day", "days")}";
        }
        if (ahead.TotalDays >= 1)
            return Count((long)ahead.TotalDays, "day", "days");
        if (ahead.TotalHours >= 1)
            return Count((long)ahead.TotalHours, "hour", "hours");
        return Count(Math.Max(1, (long)ahead.TotalMinutes), "minute", "minutes");
    }

    public static Diagnostic ImageOnAnotherHost(SourceLocation at, int count) =>
        Warning(1046, at, $"{(count == 1 ? "an image is" : $"{count} images are")} on another host, which residents' browsers would be told to load (and that host would learn who reads the page); " +
            "shown as a link instead. Save the image into content/ and link to it there");

    // Files of the site folder that are not ordinary files inside it (content/, themes/, templates/, site.yml).
    public static Diagnostic SourceNotAFile(string path, Files.FileKind kind) =>
        Error(1040, new SourceLocation(path), $"this is {KindName(kind)}, not an ordinary file, so it is not read; remove it or put a real file in its place");

    public static Diagnostic SourceLinkOutside(string path, string target) =>
        Error(1041, new SourceLocation(path), $"this symbolic link leads outside the site folder (to {target}), so it is not followed and nothing is copied from there; copy the file into the site folder instead");

    public static Diagnostic SourceLinkBroken(string path, string target) =>
        Error(1042, new SourceLocation(path), $"this symbolic link leads nowhere (to {target}, which is missing or a loop of links); remove it or point it at a file in the site folder");

    public static Diagnostic SourceNameUnsafe(string path) =>
        Error(1043, new SourceLocation(path), "the file's name has a control character (such as a line break) or a backslash, which cannot be published; rename it");

    public static Diagnostic SourceUnreadable(string path, string detail) =>
        Error(1044, new SourceLocation(path), $"the folder cannot be read: {detail}");

    public static Diagnostic AssetShadowsSiteFile(string path, string outputPath) =>
        Error(1045, new SourceLocation(path), $"this file would be published as {outputPath}, which the build makes itself; rename or move it");

    private static string KindName(Files.FileKind kind) => kind switch
    {
        Files.FileKind.NamedPipe => "a named pipe (FIFO)",
        Files.FileKind.Socket => "a socket",
        _ => "a device",
    };

    public static Diagnostic RawHtmlTooDeep(SourceLocation at) =>
        Warning(1021, at, "the HTML in this update is nested hundreds of levels deep; it is shown as plain text");

    public static Diagnostic BannerHeadlineTooLong(SourceLocation at, string update, int length, int limit) =>
        Warning(1022, at, $"the banner headline of {update} is {length} characters; other sites' banners show at most {limit}: shorten 'banner.headline' (or the title)");

    public static Diagnostic BannerTextTooLong(SourceLocation at, string update, int sentences, int limit) =>
        Warning(1023, at, $"the banner text of {update} has {sentences} sentences; other sites' banners show at most {limit}: shorten 'banner.text' (or the summary)");

    public static Diagnostic SmsTooLong(SourceLocation at, string path, int messages, int units, bool gsm) =>
        Warning(1024, at, gsm
            ? $"the sms of {path} is {units} GSM characters and needs {messages} text messages (160 fit in one); shorten it if it should go as one"
            : $"the sms of {path} has characters outside the GSM alphabet, so it is sent as UCS-2: {units} characters need {messages} text messages (70 fit in one)");

    public static Diagnostic PlaceholderLeft(SourceLocation at, string example, int count) =>
        Warning(1030, at, count == 1
            ? $"'{example}' is still to be filled in; complete it or remove it before publishing (or set 'draft: true' while writing)"
            : $"'{example}' and {count - 1} more placeholders are still to be filled in; complete them or remove them before publishing (or set 'draft: true' while writing)");

    // Themes
    public static Diagnostic TemplateMissing(string themePath, string template) =>
        Error(2001, new SourceLocation(themePath), $"the theme has no template '{template}'");

    public static Diagnostic TemplateCompile(SourceLocation at, string message) =>
        Error(2002, at, $"the template does not compile: {message}");

    public static Diagnostic TemplateRender(SourceLocation at, string message) =>
        Error(2003, at, $"the template failed while rendering: {message}");

    public static Diagnostic StringsInvalid(SourceLocation at, string detail) =>
        Error(2004, at, $"theme strings: {detail}");

    // Output
    public static Diagnostic OutputBusy(string output, TimeSpan waited) =>
        Error(3007, null, $"'{output}' is being written or published by another staticcrisis (waited {waited.TotalSeconds:0} s); nothing was written. Let it finish, then build again");

    public static Diagnostic OutputNotWritten(string output, string detail) =>
        Error(3008, null, $"could not write the site to '{output}': {detail}. Nothing was changed there: the site already published is as it was");

    public static Diagnostic OutputRefused(string output, string reason) =>
        Error(3001, null, $"refusing to write the site to '{output}': {reason}");

    public static Diagnostic OutputLinkBroken(SourceLocation at, string url, string problem) =>
        Error(3004, at, $"broken link '{url}': {problem}");

    public static Diagnostic SignatureMissingForPublish() =>
        Error(3009, new SourceLocation("site.yml"), "site.yml names the site's public key under 'signing', but the site was built without the secret key, so no copy would verify as genuine; " +
            "publish with --signing-key FILE (or STATICCRISIS_SIGNING_KEY_FILE), or remove 'signing' from site.yml");

    public static Diagnostic MirrorFolderRefused(SourceLocation at, string mirror, string folder, string reason) =>
        Error(3010, at, $"mirror '{mirror}': refusing to publish to the folder '{folder}': {reason}");

    public static Diagnostic OutputNotPublishable(string detail) =>
        Error(3005, null, $"cannot publish: {detail}");

    public static Diagnostic DeletesOverLimit(string mirror, int deletions, int limit) =>
        Error(3006, null, $"mirror '{mirror}' would delete {deletions} files, more than --max-deletes {limit} allows; nothing was published to any mirror. " +
            $"If these files should go, run again with --max-deletes {deletions}");

    public static Diagnostic PageOverBudget(string page, double kilobytes, int budget) =>
        Warning(3002, new SourceLocation(page), $"the page weighs {kilobytes:0.0} KB gzip, over the budget of {budget} KB");

    // init and new
    public static Diagnostic StarterWouldOverwrite(string directory, IReadOnlyList<string> taken)
    {
        var shown = string.Join(", ", taken.Take(3)) + (taken.Count > 3 ? $" and {taken.Count - 3} more" : "");
        return Error(4001, null, $"refusing to create a site in '{directory}': it already has {shown}; nothing was changed. Choose a new or empty folder");
    }

    public static Diagnostic StarterLanguageUnknown(string language, IEnumerable<string> known) =>
        Error(4002, null, $"there is no starter site in the language '{language}'; available: {string.Join(", ", known)}");

    public static Diagnostic ServiceArgumentInvalid(string value) =>
        Error(4003, new SourceLocation("--service " + value), $"\"{value}\" should be written as id=status, e.g. vatten=down");

    public static Diagnostic UpdateTemplateUnknown(string name, IEnumerable<string> known)
    {
        var list = known.ToList();
        var suggestion = Suggestions.Nearest(name, list);
        var hint = list.Count == 0 ? "the site has no templates/ folder with .md files"
            : suggestion is null ? $"available: {string.Join(", ", list)}" : $"did you mean '{suggestion}'?";
        return Error(4004, new SourceLocation("--from-template"), $"there is no template '{name}' in templates/; {hint}");
    }

    // Signing keys (SC51xx): the secret key given to build and publish, and keygen.
    public static Diagnostic SigningKeyUnreadable(string path, string reason) =>
        Error(5101, new SourceLocation(path), $"the signing key could not be read: {reason}");

    public static Diagnostic SigningKeyNotAKey(string path) =>
        Error(5102, new SourceLocation(path), "this is not a minisign secret key; 'staticcrisis keygen' makes one (give the .key file, not the .pub)");

    public static Diagnostic SigningKeyUnsupported(string path) =>
        Error(5103, new SourceLocation(path), "this minisign secret key uses an algorithm or a key derivation cost (over 1 GiB) that staticcrisis does not support");

    public static Diagnostic SigningKeyWrongPassphrase(string path) =>
        Error(5104, new SourceLocation(path), "the passphrase does not open this signing key; check STATICCRISIS_SIGNING_KEY_PASSWORD or what was typed");

    public static Diagnostic SigningKeyDamaged(string path) =>
        Error(5105, new SourceLocation(path), "the signing key is damaged (its checksum does not match); restore it from a backup");

    public static Diagnostic SigningKeyNeedsPassphrase(string path) =>
        Error(5106, new SourceLocation(path), "the signing key is encrypted: set STATICCRISIS_SIGNING_KEY_PASSWORD, or run on a terminal to be asked for the passphrase");

    public static Diagnostic SigningKeyNotTheSites(SourceLocation at, string givenKeyId, string siteKeyId) =>
        Error(5107, at, $"the signing key (key id {givenKeyId}) is not the one in 'signing.publicKey' (key id {siteKeyId}): sign with the site's key, or put the new key's public key in site.yml");

    public static Diagnostic SigningKeyNotInSite(SourceLocation at, string publicKey) =>
        Warning(5108, at, $"the site is signed, but site.yml has no 'signing.publicKey', so pages cannot show it and 'verify' cannot find it: add signing: {{ publicKey: \"{publicKey}\" }}");

    public static Diagnostic KeyFilesExist(string directory, IReadOnlyList<string> existing) =>
        Error(5109, new SourceLocation(directory), $"refusing to overwrite {string.Join(" and ", existing)}: overwriting would lose the secret key that the published public key belongs to; choose another --output folder or move the old keys away");

    public static Diagnostic KeyPassphrasesDiffer() =>
        Error(5110, new SourceLocation("passphrase"), "the two passphrases differ; nothing was written");

    public static Diagnostic KeygenNeedsPassphrase() =>
        Error(5111, new SourceLocation("passphrase"), "no terminal to ask for a passphrase: set STATICCRISIS_SIGNING_KEY_PASSWORD (empty for a key that is not encrypted)");

    public static Diagnostic SecretKeyNotEncrypted(string path) =>
        Warning(5112, new SourceLocation(path), "the secret key is not encrypted: anyone who gets a copy of this file can sign as the site; keep it where only you can read it");

    public static Diagnostic SecretKeyInSiteFolder(string path) =>
        Warning(5113, new SourceLocation(path), "the secret key is in a site folder: move it out, so it is never committed or published with the site");
}
