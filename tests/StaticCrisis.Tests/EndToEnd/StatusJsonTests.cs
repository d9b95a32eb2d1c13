using System.Text.Json;
using System.Text.Json.Nodes;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>status.json, the API partners code against, checked against the schema every build ships beside it.</summary>
[Collection(SampleSiteBuild.Collection)]
public class StatusJsonTests
{
    private readonly SampleSiteBuild _site;

    public StatusJsonTests(SampleSiteBuild site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
    }

    private static async Task<IReadOnlyList<string>> ErrorsAgainstShippedSchema(string output)
    {
        var schema = await StandardSchemas.FromTextAsync(File.ReadAllText(Path.Combine(output, "status.schema.json")));
        return StandardSchemas.Errors(schema, File.ReadAllText(Path.Combine(output, "status.json")));
    }

    [Fact]
    public async Task The_samples_status_json_is_valid_against_the_schema_shipped_with_it()
    {
        Assert.Empty(await ErrorsAgainstShippedSchema(_site.Output));
    }

    [Fact]
    public async Task A_site_without_updates_or_services_has_a_valid_status_json_with_nothing_current()
    {
        using var site = new TestSite("-- site.yml --\ntitle: \"Tom\"\nbaseUrl: \"https://kris.example.org/\"\n");
        Assert.True(site.Build().Succeeded);
        Assert.Empty(await ErrorsAgainstShippedSchema(site.Output));
        var root = JsonNode.Parse(site.ReadOutput("status.json"))!;
        Assert.Null(root["current"]);
        Assert.Null(root["generated"]);
        Assert.Empty(root["services"]!.AsArray());
    }

    [Fact]
    public async Task The_schema_refuses_what_partners_must_not_rely_on()
    {
        var schema = await StandardSchemas.FromTextAsync(_site.Read("status.schema.json"));
        var good = JsonNode.Parse(_site.Read("status.json"))!;

        var unknownStatus = good.DeepClone();
        unknownStatus["services"]![0]!["status"] = "broken";
        var timeInUtc = good.DeepClone();
        timeInUtc["updates"]![0]!["published"] = "2026-03-20T14:00:00Z";
        var extraField = good.DeepClone();
        extraField["site"]!["logo"] = "x.png";
        var missingField = good.DeepClone();
        missingField["updates"]![0]!.AsObject().Remove("severity");

        foreach (var bad in new[] { unknownStatus, timeInUtc, extraField, missingField })
            Assert.NotEmpty(StandardSchemas.Errors(schema, bad.ToJsonString()));
    }

    [Fact]
    public void Status_json_carries_the_situation_now_every_service_and_the_newest_updates()
    {
        using var json = JsonDocument.Parse(_site.Read("status.json"));
        var root = json.RootElement;
        Assert.Equal("2026-03-20T15:00:00+01:00", root.GetProperty("generated").GetString()); // the newest update, not the build time
        Assert.Equal("https://kris.alvby.example/info/", root.GetProperty("site").GetProperty("url").GetString());
        var current = root.GetProperty("current");
        Assert.Equal("https://kris.alvby.example/info/updates/2026-03-20-laget-just-nu.html", current.GetProperty("url").GetString());
        Assert.Equal("notice", current.GetProperty("severity").GetString());

        var services = root.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal(8, services.Count);
        var homeCare = services["hemtjanst"];
        Assert.Equal("operational", homeCare.GetProperty("status").GetString());
        // Operational since the update that changed it, not the later one that only confirmed it.
        Assert.Equal("2026-03-20T09:00:00+01:00", homeCare.GetProperty("since").GetString());
        Assert.Equal("https://kris.alvby.example/info/updates/2026-03-20-hemtjansten-digitala-system.html", homeCare.GetProperty("update").GetString());
        Assert.Equal("0999-123 40", homeCare.GetProperty("phone").GetString());
        Assert.Equal("https://kris.alvby.example/info/services/hemtjanst.html", homeCare.GetProperty("url").GetString());

        var updates = root.GetProperty("updates").EnumerateArray().ToList();
        Assert.Equal(20, updates.Count);
        using var feed = JsonDocument.Parse(_site.Read("feed.json"));
        // The feed shows an incident once, where its newest update is: the same order, each incident's updates as its page.
        var asEntries = updates.Select(u => u.TryGetProperty("incident", out var incident) && incident.ValueKind == JsonValueKind.String
            ? "https://kris.alvby.example/info/incidents/" + incident.GetString() + ".html"
            : u.GetProperty("id").GetString()).Distinct().ToList();
        var entries = feed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains("https://kris.alvby.example/info/incidents/utbetalningar.html", entries);
        Assert.Equal(asEntries, entries.Take(asEntries.Count));
    }
}
