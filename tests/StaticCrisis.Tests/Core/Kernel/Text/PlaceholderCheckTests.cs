using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Kernel.Text;

/// <summary>A prepared message's "[FYLL I: …]" left in a published update is an error at each one: it cannot go live half-done.</summary>
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
    public void Each_placeholder_is_an_error_at_its_line_and_column_and_nothing_is_published()
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

        Assert.False(result.Succeeded);
        Assert.False(site.OutputExists("index.html"));
        const string Advice = " is still to be filled in, so the update cannot be published: write what it asks for in its place (or set 'draft: true' until the text is ready)";
        Assert.Equal([
            "content/updates/lon.md(4,25): error SC1030: '[fyll i: när]'" + Advice,
            "content/updates/lon.md(6,6): error SC1030: '[FYLL I: telefonnummer]'" + Advice,
            "content/updates/lon.md(6,36): error SC1030: '[FYLL I: e-post]'" + Advice,
        ], TestSite.Lines(result));
        Assert.Contains("'[FYLL I: e-post]' är inte ifyllt, så meddelandet kan inte publiceras", result.Diagnostics.Sorted()[2].ToString(StaticCrisis.Core.Kernel.Diagnostics.UiLanguage.Swedish), StringComparison.Ordinal);
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

        Assert.Equal(["content/updates/power.md(5,22): error SC1030: '[FILL IN: name]' is still to be filled in, so the update cannot be published: write what it asks for in its place (or set 'draft: true' until the text is ready)"],
            TestSite.Lines(result));
    }
}
