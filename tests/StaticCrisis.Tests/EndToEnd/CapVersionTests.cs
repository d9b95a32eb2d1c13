using System.Xml.Linq;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// CAP messages across builds: an identifier never changes with the text, a published message keeps its bytes, a new
/// 'updated' time is a new message that references every earlier one, and drafts and future versions are never sent.
/// </summary>
public class CapVersionTests
{
    private static readonly XNamespace Cap = CapSchema.Cap;

    private const string Config = $$"""
        {{TestSite.MinimalConfig}}
        cap: { enabled: true, sender: "kris@example.org", areaDesc: "Testkommun", expiresAfter: 2d }
        """;

    private const string First = """
        ---
        title: "Växeln ligger nere"
        date: 2026-03-02T08:00
        severity: critical
        ---
        Ring 0999-123 00.
        """;

    private const string Prefix = "kris.example.org-info_vaxeln_";

    private static TestSite Site(string update = First, string config = Config) =>
        new($"-- site.yml --\n{config}\n-- content/updates/vaxeln.md --\n{update}");

    private static Dictionary<string, byte[]> Messages(string output)
    {
        var folder = Path.Combine(output, "cap");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes)
            : [];
    }

    private static XElement Read(TestSite site, string file) => XDocument.Parse(site.ReadOutput("cap/" + file)).Root!;

    private static string Text(XElement alert, string name) => alert.Element(Cap + name)?.Value ?? alert.Element(Cap + "info")!.Element(Cap + name)!.Value;

    [Fact]
    public void Correcting_the_title_and_text_keeps_the_identifier_and_the_published_message()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var before = Messages(site.Output);
        Assert.Equal([Prefix + "20260302T070000Z.xml"], before.Keys);

        site.Write("content/updates/vaxeln.md", First.Replace("Växeln ligger nere", "Telefonväxeln ligger nere", StringComparison.Ordinal).Replace("Ring", "Ring oss på", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        var after = Messages(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Equal(before[Prefix + "20260302T070000Z.xml"], after[Prefix + "20260302T070000Z.xml"]);
        Assert.Contains("Telefonväxeln ligger nere", site.ReadOutput("feed.atom"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_new_updated_time_is_a_new_message_and_earlier_ones_keep_their_bytes()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var alert = Messages(site.Output);

        site.Write("content/updates/vaxeln.md", First.Replace("date: 2026-03-02T08:00", "date: 2026-03-02T08:00\nupdated: 2026-03-02T10:00", StringComparison.Ordinal)
            .Replace("Ring 0999-123 00.", "Växeln fungerar delvis.", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        var second = Messages(site.Output);
        Assert.Equal([Prefix + "20260302T070000Z.xml", Prefix + "20260302T090000Z.xml"], second.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(alert[Prefix + "20260302T070000Z.xml"], second[Prefix + "20260302T070000Z.xml"]);

        // A newer 'updated' replaces the 10:00 one in the front matter, but the 10:00 message was sent and stays.
        site.Write("content/updates/vaxeln.md", First.Replace("date: 2026-03-02T08:00", "date: 2026-03-02T08:00\nupdated: 2026-03-02T12:30", StringComparison.Ordinal)
            .Replace("Växeln ligger nere", "Växeln fungerar igen", StringComparison.Ordinal).Replace("severity: critical", "severity: info", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        var third = Messages(site.Output);
        Assert.Equal([Prefix + "20260302T070000Z.xml", Prefix + "20260302T090000Z.xml", Prefix + "20260302T113000Z.xml"], third.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in second)
            Assert.Equal(bytes, third[name]);

        var first = Read(site, Prefix + "20260302T070000Z.xml");
        var middle = Read(site, Prefix + "20260302T090000Z.xml");
        var newest = Read(site, Prefix + "20260302T113000Z.xml");
        Assert.Equal(("Alert", "Update", "Update"), (Text(first, "msgType"), Text(middle, "msgType"), Text(newest, "msgType")));
        Assert.Equal("kris@example.org,kris.example.org-info_vaxeln_20260302T070000Z,2026-03-02T08:00:00+01:00", Text(middle, "references"));
        Assert.Equal("kris@example.org,kris.example.org-info_vaxeln_20260302T070000Z,2026-03-02T08:00:00+01:00 "
            + "kris@example.org,kris.example.org-info_vaxeln_20260302T090000Z,2026-03-02T10:00:00+01:00", Text(newest, "references"));
        Assert.Equal(("Växeln ligger nere", "Severe", "Immediate"), (Text(first, "headline"), Text(first, "severity"), Text(first, "urgency")));
        Assert.Equal(("Växeln fungerar igen", "Minor", "Future"), (Text(newest, "headline"), Text(newest, "severity"), Text(newest, "urgency")));
        Assert.Equal(("2026-03-02T12:30:00+01:00", "2026-03-04T12:30:00+01:00"), (Text(newest, "sent"), Text(newest, "expires")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(site.Output, "cap")).SelectMany(CapSchema.Problems));

        // The Atom entry links the newest message.
        Assert.Contains($"href=\"https://kris.example.org/info/cap/{Prefix}20260302T113000Z.xml\"", site.ReadOutput("feed.atom"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_previous_output_earlier_versions_are_written_from_the_current_text()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        site.Write("content/updates/vaxeln.md", First.Replace("date: 2026-03-02T08:00", "date: 2026-03-02T08:00\nupdated: 2026-03-02T10:00", StringComparison.Ordinal)
            .Replace("Växeln ligger nere", "Växeln fungerar delvis", StringComparison.Ordinal));
        using var fresh = new TempFolder();
        var output = fresh.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, OutputDirectory = output, Now = TestSite.Now }).Succeeded);

        // Same identifiers and times, so aggregators still see one message per version; the text is today's.
        Assert.Equal([Prefix + "20260302T070000Z.xml", Prefix + "20260302T090000Z.xml"], Messages(output).Keys.Order(StringComparer.Ordinal));
        var alert = XDocument.Load(Path.Combine(output, "cap", Prefix + "20260302T070000Z.xml")).Root!;
        Assert.Equal(("Alert", "2026-03-02T08:00:00+01:00", "Växeln fungerar delvis"), (Text(alert, "msgType"), Text(alert, "sent"), Text(alert, "headline")));
    }

    [Fact]
    public void Later_updates_are_updates_of_the_same_incident()
    {
        using var site = Site();
        site.Write("content/updates/lon.md", """
            ---
            title: "Lönen kommer i tid"
            date: 2026-03-03T09:00
            severity: warning
            ---
            Lönen betalas ut som vanligt.
            """);
        Assert.True(site.Build().Succeeded);
        var later = Read(site, "kris.example.org-info_lon_20260303T080000Z.xml");
        Assert.Equal("Update", Text(later, "msgType"));
        Assert.Equal("kris@example.org,kris.example.org-info_vaxeln_20260302T070000Z,2026-03-02T08:00:00+01:00", Text(later, "references"));
        Assert.Equal("kris.example.org-info_vaxeln_20260302T070000Z", Text(later, "incidents"));
        Assert.Equal(("Moderate", "Expected"), (Text(later, "severity"), Text(later, "urgency")));
    }

    [Fact]
    public void Drafts_future_updates_and_future_updated_times_never_become_messages_even_in_a_preview()
    {
        using var site = Site(First.Replace("date: 2026-03-02T08:00", "date: 2026-03-02T08:00\nupdated: 2026-05-01T08:00", StringComparison.Ordinal));
        site.Write("content/updates/utkast.md", "---\ntitle: \"Utkast\"\ndate: 2026-03-03\ndraft: true\n---\nInte klart.\n");
        site.Write("content/updates/senare.md", "---\ntitle: \"Senare\"\ndate: 2026-06-01\n---\nKommer.\n");
        Assert.True(site.Build(drafts: true, future: true).Succeeded);

        Assert.True(site.OutputExists("updates/utkast.html"));
        Assert.True(site.OutputExists("updates/senare.html"));
        Assert.Equal([Prefix + "20260302T070000Z.xml"], Messages(site.Output).Keys);
        Assert.DoesNotContain("utkast_", site.ReadOutput("feed.atom"), StringComparison.Ordinal);

        // Nor are a draft's messages kept once the preview is over.
        Assert.True(site.Build().Succeeded);
        Assert.Equal([Prefix + "20260302T070000Z.xml"], Messages(site.Output).Keys);
    }

    [Fact]
    public void A_drill_sends_exercise_messages_whose_identifiers_real_messages_never_reuse()
    {
        using var site = Site(config: Config.Replace("expiresAfter: 2d", "expiresAfter: 90m, status: exercise, category: Security, event: \"Övning\"", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        var drill = Read(site, Prefix + "20260302T070000Z_exercise.xml");
        Assert.Equal(("Exercise", "Security", "Övning", "2026-03-02T09:30:00+01:00"), (Text(drill, "status"), Text(drill, "category"), Text(drill, "event"), Text(drill, "expires")));
        Assert.Empty(CapSchema.Problems(Path.Combine(site.Output, "cap", Prefix + "20260302T070000Z_exercise.xml")));

        site.Write("site.yml", Config);
        Assert.True(site.Build().Succeeded);
        Assert.Equal([Prefix + "20260302T070000Z.xml"], Messages(site.Output).Keys);
        var real = Read(site, Prefix + "20260302T070000Z.xml");
        Assert.Equal(("Actual", "Alert", "Infra", "Testkommun"), (Text(real, "status"), Text(real, "msgType"), Text(real, "category"), Text(real, "event")));
    }

    [Fact]
    public void Without_cap_enabled_there_are_no_messages_and_no_links_to_them()
    {
        using var site = Site(config: Config.Replace("enabled: true", "enabled: false", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cap")));
        Assert.DoesNotContain("application/cap+xml", site.ReadOutput("feed.atom"), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_in_cap_that_are_not_our_messages_are_not_kept()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        // Someone put a stray file into the published folder, and a message of another site.
        File.WriteAllText(Path.Combine(site.Output, "cap", "notes.xml"), "<notes/>");
        File.WriteAllText(Path.Combine(site.Output, "cap", "broken.xml"), "<alert");
        var other = site.ReadOutput("cap/" + Prefix + "20260302T070000Z.xml").Replace(Prefix, "other.example_vaxeln_", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Output, "cap", "other.example_vaxeln_20260302T070000Z.xml"), other);
        Assert.True(site.Build().Succeeded);
        Assert.Equal([Prefix + "20260302T070000Z.xml"], Messages(site.Output).Keys);
    }
}
