using System.Globalization;
using System.Xml.Linq;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>The sample site's CAP 1.2 messages (cap/*.xml): valid against the OASIS schema, one incident, linked from the Atom feeds.</summary>
[Collection(SampleSiteBuild.Collection)]
public class CapSampleTests
{
    private static readonly XNamespace Cap = CapSchema.Cap;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SampleSiteBuild _site;

    public CapSampleTests(SampleSiteBuild site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
    }

    private List<string> Files() => [.. Directory.EnumerateFiles(Path.Combine(_site.Output, "cap"), "*.xml").Order(StringComparer.Ordinal)];

    /// <summary>Every message, oldest first.</summary>
    private List<XElement> Messages() =>
        [.. Files().Select(path => XDocument.Load(path).Root!).OrderBy(alert => DateTimeOffset.Parse(Text(alert, "sent"), CultureInfo.InvariantCulture))];

    private static string Text(XElement alert, string name) => alert.Element(Cap + name)?.Value ?? alert.Element(Cap + "info")!.Element(Cap + name)!.Value;

    [Fact]
    public void Every_message_is_valid_against_the_cap_1_2_schema()
    {
        var files = Files();
        Assert.True(files.Count >= 20, $"only {files.Count} messages");
        Assert.Empty(files.SelectMany(CapSchema.Problems));
    }

    [Fact]
    public void The_schema_check_catches_a_broken_message()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"cap-{Guid.NewGuid():N}.xml");
        try
        {
            File.WriteAllText(broken, File.ReadAllText(Files()[0]).Replace("<scope>Public</scope>", "<scope>Everyone</scope>", StringComparison.Ordinal)
                .Replace("+01:00</sent>", "Z</sent>", StringComparison.Ordinal));
            var problems = CapSchema.Problems(broken);
            Assert.Contains(problems, p => p.Contains("scope", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("sent", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void Each_incident_is_a_thread_whose_first_message_is_the_alert_and_every_later_one_an_update_referencing_all_before_it()
    {
        var messages = Messages();
        // The updates outside incidents are one thread, and the sample's incident 'utbetalningar' another.
        var threads = messages.GroupBy(m => Text(m, "incidents")).ToList();
        Assert.Equal(2, threads.Count);
        foreach (var thread in threads)
        {
            var inThread = thread.ToList();
            Assert.Equal(thread.Key, Text(inThread[0], "identifier"));
            Assert.Equal("Alert", Text(inThread[0], "msgType"));
            Assert.Null(inThread[0].Element(Cap + "references"));
            for (var i = 1; i < inThread.Count; i++)
            {
                Assert.Equal("Update", Text(inThread[i], "msgType"));
                Assert.Equal(inThread.Take(i).Select(m => $"{Text(m, "sender")},{Text(m, "identifier")},{Text(m, "sent")}"), Text(inThread[i], "references").Split(' '));
            }
        }
        var payments = Assert.Single(threads, thread => thread.Key.Contains("_2026-03-04-lon-forsenad_", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["updates/2026-03-04-lon-forsenad.html", "updates/2026-03-09-lon-betalas-manuellt.html", "updates/2026-03-09-lon-betalas-manuellt.html", "updates/2026-03-19-lonesystemet-aterstallt.html"],
            payments.Select(m => Text(m, "web")["https://kris.alvby.example/info/".Length..]));
        // The update that resolves the incident gives the all-clear; no other does.
        Assert.Equal(["AllClear"], messages.SelectMany(m => m.Descendants(Cap + "responseType")).Select(e => e.Value).Distinct());
        Assert.Equal("AllClear", payments[^1].Descendants(Cap + "responseType").Single().Value);
        foreach (var message in messages)
        {
            Assert.Equal("Actual", Text(message, "status"));
            Assert.Equal("Public", Text(message, "scope"));
            Assert.Equal("krisinformation@alvby.example", Text(message, "sender"));
            Assert.Equal(Text(message, "identifier") + ".xml", Path.GetFileName(Files().Single(f => XDocument.Load(f).Root!.Element(Cap + "identifier")!.Value == Text(message, "identifier"))));
        }
    }

    [Fact]
    public void Severity_and_urgency_follow_the_update_severity_and_certainty_is_observed()
    {
        // The severities as written in the sample's front matter, by page address.
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepoPaths.SampleSite, diagnostics)!;
        var severityOf = StaticCrisis.Core.Features.Languages.TranslationMatcher.Match(ContentLoader.Load(RepoPaths.SampleSite, config, diagnostics), config, diagnostics).Updates
            .ToDictionary(update => new Uri(config.BaseUrl, update.OutputPath).AbsoluteUri, update => update.Severity.Name());
        var expected = new Dictionary<string, (string Severity, string Urgency)>
        {
            ["info"] = ("Minor", "Future"),
            ["notice"] = ("Minor", "Future"),
            ["warning"] = ("Moderate", "Expected"),
            ["critical"] = ("Severe", "Immediate"),
        };
        var seen = new HashSet<string>();
        foreach (var message in Messages())
        {
            var severity = severityOf[Text(message, "web")];
            seen.Add(severity);
            Assert.Equal(expected[severity], (Text(message, "severity"), Text(message, "urgency")));
            Assert.Equal("Observed", Text(message, "certainty"));
        }
        Assert.Equal(["critical", "info", "notice", "warning"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Times_carry_the_site_offset_never_z_and_expire_after_the_configured_time_or_at_a_planned_end()
    {
        foreach (var message in Messages())
        {
            var sent = Text(message, "sent");
            var expires = Text(message, "expires");
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$", sent);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$", expires);
            if (Text(message, "web").EndsWith("2026-03-19-vaxeln-stangs-natten-till-sondag.html", StringComparison.Ordinal))
            {
                // A planned disruption: from its start to its end.
                Assert.Equal("2026-03-21T22:00:00+01:00", Text(message, "onset"));
                Assert.Equal("2026-03-22T04:00:00+01:00", expires);
                continue;
            }
            Assert.Null(message.Descendants(Cap + "onset").FirstOrDefault());
            Assert.Equal(TimeSpan.FromHours(48), DateTimeOffset.Parse(expires, CultureInfo.InvariantCulture) - DateTimeOffset.Parse(sent, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void A_message_carries_the_update_title_text_advice_address_and_area()
    {
        var message = Messages().Single(m => Text(m, "identifier") == "kris.alvby.example-info_2026-03-02-it-angrepp_20260302T071500Z");
        var info = message.Element(Cap + "info")!;
        Assert.Equal("sv", Text(message, "language"));
        Assert.Equal("Infra", Text(message, "category"));
        Assert.Equal("IT-angrepp mot kommunen", Text(message, "event"));
        Assert.Equal("2026-03-02T08:15:00+01:00", Text(message, "sent"));
        Assert.Equal("Alvby kommun utsatt för it-angrepp – flera system ligger nere", Text(message, "headline"));
        Assert.Equal("Ring kommunens växel, 0999-123 00, i stället för att mejla. Vid akut fara: ring 112.", Text(message, "instruction"));
        Assert.Equal("https://kris.alvby.example/info/updates/2026-03-02-it-angrepp.html", Text(message, "web"));
        var description = Text(message, "description");
        Assert.StartsWith("I morse, måndag 2 mars", description, StringComparison.Ordinal);
        Assert.Contains("\n- E-post till och från kommunen\n", description, StringComparison.Ordinal);
        Assert.DoesNotContain("<", description, StringComparison.Ordinal);
        var area = info.Element(Cap + "area")!;
        Assert.Equal("Alvby kommun", area.Element(Cap + "areaDesc")!.Value);
        Assert.Equal(("SE-kommunkod", "0999"), (area.Element(Cap + "geocode")!.Element(Cap + "valueName")!.Value, area.Element(Cap + "geocode")!.Element(Cap + "value")!.Value));
        // An update without advice has no instruction.
        Assert.Null(Messages().First(m => Text(m, "web").EndsWith("/2026-03-05-vaxeln.html", StringComparison.Ordinal)).Element(Cap + "info")!.Element(Cap + "instruction"));
    }

    [Fact]
    public void Each_version_of_an_edited_update_is_its_own_message()
    {
        var versions = Messages().Where(m => Text(m, "web").EndsWith("/2026-03-09-lon-betalas-manuellt.html", StringComparison.Ordinal)).Select(m => Text(m, "sent"));
        Assert.Equal(["2026-03-09T15:00:00+01:00", "2026-03-10T12:00:00+01:00"], versions);
    }

    [Fact]
    public void Drafts_and_updates_dated_after_now_have_no_message()
    {
        var webs = Messages().Select(m => Text(m, "web")).ToList();
        Assert.DoesNotContain(webs, web => web.Contains("informationsmote", StringComparison.Ordinal)); // draft: true
        Assert.DoesNotContain(webs, web => web.Contains("rapport-till-kommunfullmaktige", StringComparison.Ordinal)); // 2027
        Assert.DoesNotContain(Files(), file => file.Contains("informationsmote", StringComparison.Ordinal) || file.Contains("rapport-till", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_atom_entry_links_its_update_newest_cap_message_which_exists()
    {
        var atomFeeds = Directory.EnumerateFiles(_site.Output, "*.atom", SearchOption.AllDirectories).ToList();
        Assert.True(atomFeeds.Count > 1);
        var newest = Messages().GroupBy(m => Text(m, "web")).ToDictionary(g => g.Key, g => Text(g.Last(), "identifier"));
        foreach (var path in atomFeeds)
        {
            foreach (var entry in XDocument.Load(path).Root!.Elements(Atom + "entry"))
            {
                var link = Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("type") == "application/cap+xml");
                Assert.Equal("alternate", (string?)link.Attribute("rel"));
                var href = (string)link.Attribute("href")!;
                Assert.StartsWith("https://kris.alvby.example/info/cap/", href, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(_site.Output, href["https://kris.alvby.example/info/".Length..])), href);
                // Every language's entry for an update links the same message, named by the main language's page.
                var id = entry.Element(Atom + "id")!.Value;
                var folder = SampleSiteBuild.LanguageFolderOf(id["https://kris.alvby.example/info/".Length..]);
                var mainId = "https://kris.alvby.example/info/" + id["https://kris.alvby.example/info/".Length..][folder.Length..];
                // The site's feed shows the incident as one entry, which links its newest update's message.
                if (mainId == "https://kris.alvby.example/info/incidents/utbetalningar.html")
                    mainId = "https://kris.alvby.example/info/updates/2026-03-19-lonesystemet-aterstallt.html";
                Assert.Equal($"https://kris.alvby.example/info/cap/{newest[mainId]}.xml", href);
            }
        }
    }
}
