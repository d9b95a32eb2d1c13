using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Stages;

/// <summary>A prepared message's "[FYLL I: …]" left in a published update is a warning at the first one.</summary>
public class PlaceholderCheckTests
{
    private const string Config = """
        -- site.yml --
        title: "Alvby"
        baseUrl: "https://kris.alvby.example/"
        timezone: Europe/Stockholm
        accessibility: { organisation: "Alvby kommun", compliance: full, assessed: 2026-03-01, method: self-assessment, phone: "0999-123 00" }

        """;

    [Fact]
    public void Warns_at_the_first_placeholder_and_counts_the_rest()
    {
        using var site = new TestSite(Config + """
            -- content/updates/lon.md --
            ---
            title: "Lönen är försenad"
            date: 2026-03-02T15:05
            summary: "Lönen betalas [fyll i: när]"
            ---
            Ring [FYLL I: telefonnummer] eller [FYLL I: e-post].
            """);

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(["content/updates/lon.md(4,25): warning SC1030: '[fyll i: när]' and 2 more placeholders are still to be filled in; complete them or remove them before publishing (or set 'draft: true' while writing)"],
            TestSite.Lines(result));
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void English_placeholders_count_too_and_a_draft_is_left_alone()
    {
        using var site = new TestSite(Config + """
            -- content/updates/power.md --
            ---
            title: "Power cut"
            date: 2026-03-02T15:05
            ---
            The network operator [FILL IN: name] is repairing the fault.
            -- content/updates/draft.md --
            ---
            title: "Storm"
            date: 2026-03-02T16:05
            draft: true
            ---
            Shelters open at [FILL IN: places].
            """);

        var result = site.Build();

        Assert.Equal(["content/updates/power.md(5,22): warning SC1030: '[FILL IN: name]' is still to be filled in; complete it or remove it before publishing (or set 'draft: true' while writing)"],
            TestSite.Lines(result));
    }
}
