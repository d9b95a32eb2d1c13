using System.Xml.Linq;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Languages;

/// <summary>
/// The writer's side of translations: `new --translation-of` begins one as a draft with the original's words in
/// comments, the page shows the original until it is published, `check` lists what is missing and out of date, and
/// `new --translation-of` again marks a finished translation as up to date.
/// </summary>
public class TranslationWorkflowTests
{
    private const string Site = """
        -- site.yml --
        title: "Testkommun"
        baseUrl: "https://kris.example.org/info/"
        languages:
          - { code: en, title: "Test municipality", contact: { "Växeln": "Switchboard" } }
        services:
          - { id: epost, name: "E-post" }
        contact:
          - { label: "Växeln", phone: "0999-123 00" }
          - { label: "Jouren", phone: "0999-123 40" }
        accessibility:
          organisation: "Testkommun"
          compliance: full
          assessed: 2026-03-01
          method: self-assessment
          email: "tillganglighet@kris.example.org"
        -- content/updates/2026-03-02-epost.md --
        ---
        title: "E-posten fungerar inte"
        date: 2026-03-02T08:00
        summary: "Ring växeln i stället."
        sms: "E-posten ligger nere. Ring 0999-123 00."
        pinned: true
        services: { epost: down }
        ---
        Ring växeln, 0999-123 00. Skriv inte "--" i mejl.
        """;

    private const string Translation = "content/updates/2026-03-02-epost.en.md";

    [Fact]
    public void A_translation_is_begun_as_a_draft_published_once_translated_and_said_to_be_stale_when_the_original_changes()
    {
        using var site = new TestSite(Site);
        var begun = CliRun.Run("new", "--translation-of", Path.Combine(site.Directory, "content/updates/2026-03-02-epost.md"), "--language", "en", site.Directory);
        Assert.Equal(0, begun.ExitCode);
        Assert.EndsWith("2026-03-02-epost.en.md", begun.Stdout.Trim(), StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(site.Directory, Translation));
        Assert.Contains("# title (sv): E-posten fungerar inte\ntitle: \"E-posten fungerar inte\"\n", text, StringComparison.Ordinal);
        Assert.Contains("draft: true\noriginal:\n  updated: 2026-03-02T08:00:00+01:00\n  hash: ", text, StringComparison.Ordinal);
        Assert.Contains("<!-- The original (sv), to translate here:\n\nRing växeln, 0999-123 00. Skriv inte \"- -\" i mejl.\n\n-->", text, StringComparison.Ordinal);
        Assert.DoesNotContain("services:", text, StringComparison.Ordinal);

        // A draft translation is not shown: the English page shows the original, marked.
        Assert.True(site.Build().Succeeded);
        Assert.Equal("sv", site.Page("en/updates/2026-03-02-epost.html").QuerySelector("h1")!.GetAttribute("lang"));

        // Translated and published: the English page is the translation, with the original's status.
        site.Write(Translation, text.Replace("title: \"E-posten fungerar inte\"", "title: \"E-mail is down\"", StringComparison.Ordinal)
            .Replace("draft: true\n", "", StringComparison.Ordinal).Replace("summary: \"Ring växeln i stället.\"", "summary: \"Call the switchboard.\"", StringComparison.Ordinal)
            .Replace("<!--", "Call the switchboard, 0999-123 00.\n<!--", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        var page = site.Page("en/updates/2026-03-02-epost.html");
        Assert.Equal("E-mail is down", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector(".language-notice"));
        Assert.Contains("E-post", site.Page("en/services/epost.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var check = CliRun.Run("check", site.Directory);
        Assert.Contains("Language en: 0 not translated, 0 out of date, 0 without a record of their original", check.Stdout, StringComparison.Ordinal);

        // The original's words change: the translation says so, and check lists it.
        site.Write("content/updates/2026-03-02-epost.md", File.ReadAllText(Path.Combine(site.Directory, "content/updates/2026-03-02-epost.md"))
            .Replace("date: 2026-03-02T08:00", "date: 2026-03-02T08:00\nupdated: 2026-03-02T14:10", StringComparison.Ordinal)
            .Replace("Ring växeln", "Ring jouren", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        Assert.Equal("The Swedish text was updated 2 March 2026, 14:10; this translation is from 2 March 2026, 08:00.",
            site.Page("en/updates/2026-03-02-epost.html").QuerySelector(".language-notice")!.TextContent);
        check = CliRun.Run("check", site.Directory);
        Assert.Contains("Language en: 0 not translated, 1 out of date, 0 without a record of their original", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("  out of date: the translation of content/updates/2026-03-02-epost.md (the original has changed since; translate the change, then run 'staticcrisis new --translation-of content/updates/2026-03-02-epost.md --language en')", check.Stdout, StringComparison.Ordinal);

        // The translator brings it up to date and says so: only the record changes.
        var before = File.ReadAllText(Path.Combine(site.Directory, Translation));
        var refreshed = CliRun.Run("new", "--translation-of", Path.Combine(site.Directory, "content/updates/2026-03-02-epost.md"), "--language", "en", site.Directory);
        Assert.Equal(0, refreshed.ExitCode);
        Assert.Contains("is now marked as translated from the original as it is now", refreshed.Stderr, StringComparison.Ordinal);
        var after = File.ReadAllText(Path.Combine(site.Directory, Translation));
        Assert.Contains("original:\n  updated: 2026-03-02T14:10:00+01:00\n", after, StringComparison.Ordinal);
        Assert.Equal(before.Split('\n').Where(line => !line.StartsWith("original:", StringComparison.Ordinal) && !line.StartsWith("  updated:", StringComparison.Ordinal) && !line.StartsWith("  hash:", StringComparison.Ordinal)),
            after.Split('\n').Where(line => !line.StartsWith("original:", StringComparison.Ordinal) && !line.StartsWith("  updated:", StringComparison.Ordinal) && !line.StartsWith("  hash:", StringComparison.Ordinal)));
        Assert.True(site.Build().Succeeded);
        Assert.Null(site.Page("en/updates/2026-03-02-epost.html").QuerySelector(".language-notice"));
    }

    [Fact]
    public void A_stale_translation_names_the_language_its_original_is_written_in()
    {
        // An update first written in English on a Swedish site, translated into Finnish from an earlier English text.
        using var site = new TestSite(Site.Replace("  - { code: en,", "  - { code: fi, title: \"Testikunta\" }\n  - { code: en,", StringComparison.Ordinal) + """

            -- content/updates/2026-03-03-bus.en.md --
            ---
            title: "Buses run as usual"
            date: 2026-03-03T09:00
            updated: 2026-03-03T11:30
            ---
            The buses run.
            -- content/updates/2026-03-03-bus.fi.md --
            ---
            title: "Bussit kulkevat normaalisti"
            original: { updated: 2026-03-03T09:00 }
            ---
            Bussit kulkevat.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        Assert.Equal("Alkuperäistä tekstiä (kieli: englanti) päivitettiin 3. maaliskuuta 2026 klo 11.30. Tämä käännös on tehty 3. maaliskuuta 2026 klo 9.00 versiosta.",
            site.Page("fi/updates/2026-03-03-bus.html").QuerySelector(".language-notice")!.TextContent);
        Assert.Null(site.Page("en/updates/2026-03-03-bus.html").QuerySelector(".language-notice"));
        // The Swedish page shows the English original, marked as such.
        Assert.Equal("en", site.Page("updates/2026-03-03-bus.html").QuerySelector("h1")!.GetAttribute("lang"));
    }

    [Fact]
    public void An_update_first_written_in_another_language_is_translated_into_the_main_one_beside_it()
    {
        using var site = new TestSite(Site.Replace("services:", "cap: { enabled: true, sender: \"kris@kris.example.org\" }\nservices:", StringComparison.Ordinal) + """

            -- content/updates/2026-03-03-bus.en.md --
            ---
            title: "Buses run as usual"
            date: 2026-03-03T09:00
            summary: "No change for bus passengers."
            ---
            The buses run.
            """);
        Assert.True(site.Build().Succeeded);
        // Untranslated: the Swedish page is the English original, marked, and CAP has only the English info.
        Assert.Equal("en", site.Page("updates/2026-03-03-bus.html").QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal(["en"], CapLanguages(site));

        var original = Path.Combine(site.Directory, "content/updates/2026-03-03-bus.en.md");
        var begun = CliRun.Run("new", "--translation-of", original, "--language", "sv", site.Directory);
        Assert.Equal(0, begun.ExitCode);
        Assert.EndsWith("2026-03-03-bus.sv.md", begun.Stdout.Trim(), StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(site.Directory, "content/updates/2026-03-03-bus.sv.md"));
        Assert.Contains("# Translation into Swedish of 2026-03-03-bus.en.md", text, StringComparison.Ordinal);
        Assert.Contains("# title (en): Buses run as usual\n", text, StringComparison.Ordinal);
        Assert.Contains("<!-- The original (en), to translate here:\n\nThe buses run.", text, StringComparison.Ordinal);

        site.Write("content/updates/2026-03-03-bus.sv.md", text.Replace("title: \"Buses run as usual\"", "title: \"Bussarna går som vanligt\"", StringComparison.Ordinal)
            .Replace("draft: true\n", "", StringComparison.Ordinal).Replace("<!--", "Bussarna går.\n<!--", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Lines(result)));
        var swedish = site.Page("updates/2026-03-03-bus.html");
        Assert.Equal("Bussarna går som vanligt", swedish.QuerySelector("h1")!.TextContent);
        Assert.Null(swedish.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Null(swedish.QuerySelector(".language-notice"));
        Assert.Equal(["sv", "en"], swedish.QuerySelectorAll("link[rel=alternate][hreflang]").Select(link => link.GetAttribute("hreflang")).Where(lang => lang != "x-default"));
        Assert.Equal("Buses run as usual", site.Page("en/updates/2026-03-03-bus.html").QuerySelector("h1")!.TextContent);
        // A CAP message once published never changes; the original's next version carries the Swedish info too.
        Assert.Equal(["en"], CapLanguages(site));
        site.Write("content/updates/2026-03-03-bus.en.md", File.ReadAllText(original).Replace("date: 2026-03-03T09:00", "date: 2026-03-03T09:00\nupdated: 2026-03-03T12:00", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        Assert.Equal(["sv", "en"], CapLanguages(site, "T110000Z"));

        // Translating it into its own language is refused.
        var same = CliRun.Run("new", "--translation-of", original, "--language", "en", site.Directory);
        Assert.Equal(1, same.ExitCode);
        Assert.Contains("error SC4007: this update is written in 'en' already; give the language to translate it into", same.Stderr, StringComparison.Ordinal);
    }

    private static List<string> CapLanguages(TestSite site, string version = "T080000Z")
    {
        XNamespace cap = CapSchema.Cap;
        var message = Directory.EnumerateFiles(Path.Combine(site.Output, "cap"), $"*2026-03-03-bus*{version}.xml").Single();
        Assert.Empty(CapSchema.Problems(message));
        return [.. XDocument.Load(message).Root!.Elements(cap + "info").Select(info => info.Element(cap + "language")!.Value)];
    }

    [Fact]
    public void Strict_requires_the_situation_now_and_the_contacts_in_every_language()
    {
        using var site = new TestSite(Site);
        Assert.True(site.Build().Succeeded);
        var strict = site.Build(strict: true);
        Assert.False(strict.Succeeded);
        Assert.Equal([
            "content/updates/2026-03-02-epost.md: warning SC1056: the situation now (the pinned update) has no translation into 'en'; residents reading it see the original: write the translation with 'staticcrisis new --translation-of'",
            "site.yml(4,13): warning SC0084: the contact \"Jouren\" has no label in 'en' (site.yml 'languages', 'contact'); residents reading en see the main language's",
        ], TestSite.Lines(strict).Where(line => line.Contains("SC1056", StringComparison.Ordinal) || line.Contains("SC0084", StringComparison.Ordinal)));
        // Whoever sends the English texts sees that this one is still Swedish.
        Assert.Equal("2 March 2026, 08:00 (In Swedish)\nE-posten ligger nere. Ring 0999-123 00.\n\n", site.ReadOutput("en/sms.txt"));
        Assert.Contains("=================\nNot yet available in English; the Swedish original follows.\nE-posten fungerar inte\n", site.ReadOutput("en/summary.txt"), StringComparison.Ordinal);
        var check = CliRun.Run("check", site.Directory);
        Assert.Contains("Language en: 1 not translated, 0 out of date, 0 without a record of their original", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("  not translated: content/updates/2026-03-02-epost.md", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Translating_into_a_language_the_site_does_not_publish_in_is_refused_with_the_ones_it_does()
    {
        using var site = new TestSite(Site);
        var run = CliRun.Run("new", "--translation-of", Path.Combine(site.Directory, "content/updates/2026-03-02-epost.md"), "--language", "eb", site.Directory);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--language eb: error SC4005: site.yml does not publish in 'eb'; its other languages are en; did you mean 'en'?", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Directory, "content/updates/2026-03-02-epost.eb.md")));
        var noLanguage = CliRun.Run("new", "--translation-of", "x.md", site.Directory);
        Assert.NotEqual(0, noLanguage.ExitCode);
        Assert.Contains("--translation-of needs --language", noLanguage.Stderr, StringComparison.Ordinal);
    }
}
