using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Tests.Core.Build.Content;

public class UpdateParserTests
{
    private const string Path = "content/updates/2026-03-02-hemtjanst.md";
    private static readonly SiteConfig Config = new()
    {
        Title = "T",
        BaseUrl = new Uri("https://example.org/"),
        Services = [new ServiceDefinition("hemtjanst", "Hemtjänst", null, null, default), new ServiceDefinition("epost", "E-post", null, null, default), new ServiceDefinition("lon", "Lön", null, null, default)],
    };

    private static (Update? Update, IReadOnlyList<string> Lines) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var update = UpdateParser.Parse(Path, text, Config, diagnostics);
        return (update, [.. diagnostics.Sorted().Select(d => d.ToString())]);
    }

    [Fact]
    public void Reads_all_front_matter_fields()
    {
        var (update, lines) = Parse("""
            ---
            title: "Hemtjänsten går över till papper och penna"
            date: 2026-03-02T15:30:00+01:00
            updated: 2026-03-02T17:00
            summary: "Kort sammanfattning."
            severity: warning
            pinned: true
            draft: false
            services: { hemtjanst: manual, epost: down }
            tags: [hemtjänst, it-angrepp]
            ---
            Brödtext.
            """);

        Assert.Empty(lines);
        Assert.NotNull(update);
        Assert.Equal("Hemtjänsten går över till papper och penna", update.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 15, 30, 0, TimeSpan.FromHours(1)), update.Date);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.FromHours(1)), update.Updated);
        Assert.Equal("Kort sammanfattning.", update.Summary);
        Assert.Equal(Severity.Warning, update.Severity);
        Assert.True(update.Pinned);
        Assert.False(update.Draft);
        Assert.Equal([("hemtjanst", ServiceStatus.Manual), ("epost", ServiceStatus.Down)], update.Services.Select(s => (s.ServiceId, s.Status)));
        Assert.Equal(["hemtjänst", "it-angrepp"], update.Tags);
        Assert.Equal("2026-03-02-hemtjanst", update.Slug);
        Assert.Equal("updates/2026-03-02-hemtjanst.html", update.OutputPath);
        Assert.Equal("Brödtext.", update.Body);
        Assert.Equal(12, update.BodyLine);
    }

    [Fact]
    public void Severity_defaults_to_info_and_flags_to_false()
    {
        var (update, _) = Parse("---\ntitle: A\ndate: 2026-03-02\n---\n");
        Assert.Equal(Severity.Info, update!.Severity);
        Assert.False(update.Pinned);
        Assert.False(update.Draft);
        Assert.Null(update.Summary);
    }

    [Fact]
    public void Custom_slug_replaces_the_file_name()
    {
        var (update, _) = Parse("---\ntitle: A\ndate: 2026-03-02\nslug: kontaktvagar\n---\n");
        Assert.Equal("updates/kontaktvagar.html", update!.OutputPath);
    }

    [Fact]
    public void Control_characters_in_titles_are_dropped()
    {
        var (update, _) = Parse("---\ntitle: \"Vatten\\u0007 och\\u0000 avlopp\"\ndate: 2026-03-02\n---\n");
        Assert.Equal("Vatten och avlopp", update!.Title);
    }

    [Fact]
    public void Unknown_severity_is_reported_at_its_value()
    {
        var (update, lines) = Parse("---\ntitle: A\ndate: 2026-03-02\nseverity: extreme\n---\n");
        Assert.Null(update);
        Assert.Equal([$"{Path}(4,11): error SC1004: severity \"extreme\" is not one of info, notice, warning, critical"], lines);
    }

    [Fact]
    public void Several_problems_in_one_file_are_all_reported()
    {
        var (_, lines) = Parse("---\ntitle: \"\"\ndate: snart\nseverity: extreme\npinned: kanske\nservices: { lon: trasig }\n---\n");
        Assert.Equal(
            [
                $"{Path}(2,8): error SC1005: 'title' is required but empty; write its value after the colon",
                $"{Path}(3,7): error SC1007: 'date' \"snart\" is not a date; write it as 2026-03-02 or 2026-03-02T15:30 (optionally with an offset, e.g. +01:00)",
                $"{Path}(4,11): error SC1004: severity \"extreme\" is not one of info, notice, warning, critical",
                $"{Path}(5,9): error SC1010: 'pinned' should be true or false, found \"kanske\"",
                $"{Path}(6,18): error SC1009: status \"trasig\" of service 'lon' is not one of operational, degraded, manual, down",
            ],
            lines);
    }
}
