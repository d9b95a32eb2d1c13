using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Kernel.Yaml;

/// <summary>
/// The slips a stressed writer makes in front matter, each with the message the writer gets: what they did, where (the line
/// of the slip, not where the YAML reader gave up), and what to write instead, in English and in Swedish.
/// </summary>
public class YamlSlipTests
{
    private const string Config = """
        -- site.yml --
        title: "Alvby"
        baseUrl: "https://kris.alvby.example/"
        timezone: Europe/Stockholm
        services: [{ id: vatten, name: "Vatten" }, { id: el, name: "El" }]
        accessibility: { organisation: "Alvby kommun", compliance: full, assessed: 2026-03-01, method: self-assessment, phone: "0999-123 00" }

        """;

    /// <summary>The front matter (after the opening '---'), the English line and a part of the Swedish one.</summary>
    public static TheoryData<string, string, string, string> Slips => new()
    {
        { "unquoted colon in the title", "title: Vatten: koka före användning\ndate: 2026-03-02T10:00",
            "(2,14): error SC1002: the text of 'title' has a colon followed by a space, which YAML reads as the start of another key: put the text in quotes: title: \"Vatten: koka före användning\"",
            "sätt texten inom citattecken: title: \"Vatten: koka före användning\"" },
        { "unquoted colon in the summary", "title: Vatten\ndate: 2026-03-02T10:00\nsummary: Ring oss: 0999-123 50",
            "(4,18): error SC1002: the text of 'summary' has a colon followed by a space, which YAML reads as the start of another key: put the text in quotes: summary: \"Ring oss: 0999-123 50\"",
            "summary: \"Ring oss: 0999-123 50\"" },
        { "closed with a word processor's quote", "title: \"Vattnet är tillbaka”\ndate: 2026-03-02T10:00\nseverity: info",
            "(2,28): error SC1002: the text of 'title' opens with \" but ends with the typographic quote ” (as word processors write it), so it never ends: end it with a straight \"",
            "det typografiska citattecknet ”" },
        { "closed with a typographic apostrophe", "title: 'Vattnet är tillbaka’\ndate: 2026-03-02T10:00\nseverity: info",
            "(2,28): error SC1002: the text of 'title' opens with ' but ends with the typographic quote ’ (as word processors write it), so it never ends: end it with a straight '",
            "avsluta den med ett rakt '" },
        { "a quote never closed", "title: \"Vattnet är tillbaka\ndate: 2026-03-02T10:00\nseverity: info",
            "(2,8): error SC1002: the quote \" that opens the text of 'title' is never closed: add \" at the end of the text",
            "avslutas aldrig" },
        { "a tab far below where the reader gives up", "title: Vatten\ndate: 2026-03-02T10:00\nseverity: info\npinned: true\nservices:\n\tvatten: down",
            "(7,1): error SC1002: this line is indented with a tab, and YAML allows only spaces: replace the tab with spaces (two per level)",
            "byt tabben mot mellanslag" },
        { "a list where keys belong", "title: Vatten\ndate: 2026-03-02T10:00\nservices:\n  - vatten: down\n  - el: degraded",
            "(5,3): error SC1010: 'services' should be 'key: value' lines indented under it, without '-' in front (such as '  vatten: down'); remove the '-' and the space after it",
            "utan '-' först" },
        { "a key written twice", "title: Vatten\ndate: 2026-03-02T10:00\ntitle: Vatten igen",
            "(4,1): error SC1012: 'title' is written twice, here and on line 2; keep the one you mean and delete the other",
            "'title' står två gånger, här och på rad 2" },
        { "one space too many under a key", "title: Vatten\ndate: 2026-03-02T10:00\nservices:\n  vatten: down\n   el: degraded",
            "(6,1): error SC1002: this line is indented by 3 spaces, but the lines around it by 2: keys at the same level start in the same column; indent it by 2",
            "dra in den 2" },
        { "a space in front of a top-level key", "title: Vatten\n date: 2026-03-02T10:00",
            "(3,1): error SC1002: this line is indented by 1 space, but the lines around it by 0: keys at the same level start in the same column; remove the spaces in front of it",
            "ta bort mellanslagen framför den" },
        { "a list item among keys", "title: Vatten\ndate: 2026-03-02T10:00\n- pinned: true",
            "(4,1): error SC1002: this line starts with '-', a list item, among 'key: value' lines: remove the '-', or indent it under the key whose list it belongs to",
            "ta bort '-'" },
        { "no space after the colons", "title:Vatten\ndate:2026-03-02T10:00",
            "(2,1): error SC1003: a colon needs a space after it to separate a key from its value: write title: Vatten",
            "ett kolon behöver ett mellanslag efter sig" },
        { "a placeholder in brackets, unquoted", "title: Vatten\ndate: 2026-03-02T10:00\nsummary: [FYLL I: när]",
            "(4,10): error SC1010: the text of 'summary' starts with '[', which YAML reads as the start of a list: put the text in quotes: summary: \"[FYLL I: när]\"",
            "summary: \"[FYLL I: när]\"" },
        { "a text starting with @", "title: @alvby informerar\ndate: 2026-03-02T10:00",
            "(2,8): error SC1002: a text may not start with '@' unless it is in quotes: title: \"@alvby informerar\"",
            "får inte börja med '@'" },
        { "a service not indented under services", "title: Vatten\ndate: 2026-03-02T10:00\nservices:\nvatten: down",
            "(5,1): warning SC1011: unknown key 'vatten' is ignored; it is a service's id: to give its status, indent the line by two spaces under 'services:'",
            "dra in raden två mellanslag under 'services:'" },
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void Each_slip_is_told_as_what_to_do_at_its_own_line(string slip, string frontMatter, string english, string swedish)
    {
        using var site = new TestSite(Config + $"-- content/updates/slip.md --\n---\n{frontMatter}\n---\nText.\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics.Sorted(), d => d.Location?.Path == "content/updates/slip.md");
        Assert.True(diagnostic.ToString() == "content/updates/slip.md" + english, $"{slip}:\n{diagnostic}");
        Assert.Contains(swedish, diagnostic.ToString(UiLanguage.Swedish), StringComparison.Ordinal);
        Assert.Equal(diagnostic.ToString().Split(':')[0], diagnostic.ToString(UiLanguage.Swedish).Split(':')[0]); // same place, same code
    }
}
