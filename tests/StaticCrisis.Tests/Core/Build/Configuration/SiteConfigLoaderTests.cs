using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Tests.Core.Build.Configuration;

public class SiteConfigLoaderTests
{
    private static (SiteConfig? Config, IReadOnlyList<string> Lines) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(yaml, diagnostics);
        return (config, [.. diagnostics.Sorted().Select(d => d.ToString())]);
    }

    [Fact]
    public void Reads_every_setting()
    {
        var (config, lines) = Load("""
            title: "Alvby kommun"
            description: "Krisinformation"
            baseUrl: "https://kris.alvby.example/info"
            language: en
            timezone: Europe/Helsinki
            theme: plain
            outputDir: site
            feed: { items: 5 }
            timeline: { items: 7 }
            contact:
              - { label: "Växel", phone: "0999-123 00" }
              - { label: "E-post", email: "info@alvby.example" }
            services:
              - { id: lon, name: "Lön", advice: "Ring lönejouren", phone: "0999-1" }
              - { id: epost, name: "E-post" }
            """);

        Assert.Empty(lines);
        Assert.NotNull(config);
        Assert.Equal("Alvby kommun", config.Title);
        Assert.Equal("Krisinformation", config.Description);
        Assert.Equal("https://kris.alvby.example/info/", config.BaseUrl.AbsoluteUri);
        Assert.Equal("en", config.Language);
        Assert.Equal("Europe/Helsinki", config.TimeZone.Id);
        Assert.Equal("plain", config.Theme);
        Assert.Equal("site", config.OutputDir);
        Assert.Equal(5, config.FeedItems);
        Assert.Equal(7, config.TimelineItems);
        Assert.Equal(["Växel", "E-post"], config.Contacts.Select(c => c.Label));
        Assert.Equal("0999-123 00", config.Contacts[0].Phone);
        Assert.Equal("info@alvby.example", config.Contacts[1].Email);
        Assert.Equal(["lon", "epost"], config.Services.Select(s => s.Id));
        Assert.Equal("Ring lönejouren", config.Services[0].Advice);
    }

    [Fact]
    public void Fills_in_defaults()
    {
        var (config, _) = Load("title: T\nbaseUrl: https://example.org/");

        Assert.NotNull(config);
        Assert.Equal("sv", config.Language);
        Assert.Equal("Europe/Stockholm", config.TimeZone.Id);
        Assert.Equal("default", config.Theme);
        Assert.Equal("public", config.OutputDir);
        Assert.Equal(20, config.FeedItems);
        Assert.Equal(20, config.TimelineItems);
    }

    [Fact]
    public void Missing_title_is_located_at_the_start_of_the_file()
    {
        var (config, lines) = Load("baseUrl: https://example.org/\n");
        Assert.Null(config);
        Assert.Equal(["site.yml(1,1): error SC0005: 'title' is required but missing; add a line 'title: …'"], lines);
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("/info/")]
    [InlineData("kris.example.org")]
    public void BaseUrl_must_be_absolute_http(string baseUrl)
    {
        var (config, lines) = Load($"title: T\nbaseUrl: \"{baseUrl}\"\n");
        Assert.Null(config);
        Assert.Equal([$"site.yml(2,10): error SC0006: 'baseUrl' \"{baseUrl}\" is not an absolute http(s) address such as \"https://kris.example.org/info/\""], lines);
    }

    [Fact]
    public void Unknown_timezone_names_the_value()
    {
        var (_, lines) = Load("title: T\nbaseUrl: https://example.org/\ntimezone: Europe/Alvby\n");
        Assert.Equal(["site.yml(3,11): error SC0007: 'timezone' \"Europe/Alvby\" is not a known IANA time zone such as \"Europe/Stockholm\""], lines);
    }

    [Fact]
    public void Duplicate_service_ids_name_the_first_line()
    {
        var (_, lines) = Load("title: T\nbaseUrl: https://example.org/\nservices:\n  - { id: lon, name: A }\n  - { id: lon, name: B }\n");
        Assert.Equal(["site.yml(5,11): error SC0013: service id 'lon' is already used on line 4; each service needs its own id"], lines);
    }

    [Fact]
    public void Unknown_keys_warn_with_a_suggestion()
    {
        var (config, lines) = Load("title: T\nbaseUrl: https://example.org/\ntimezon: Europe/Stockholm\n");
        Assert.NotNull(config);
        Assert.Equal(["site.yml(3,1): warning SC0011: unknown key 'timezon' is ignored; did you mean 'timezone'?"], lines);
    }

    [Fact]
    public void Invalid_yaml_is_located()
    {
        var (config, lines) = Load("title: \"T\nbaseUrl: https://example.org/\n");
        Assert.Null(config);
        var line = Assert.Single(lines);
        Assert.StartsWith("site.yml(", line, StringComparison.Ordinal);
        Assert.Contains("error SC0002: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_types_name_the_key_what_was_found_and_what_is_allowed()
    {
        var (_, lines) = Load("title: [a, b]\nbaseUrl: https://example.org/\nfeed: { items: many }\n");
        Assert.Equal(
            [
                "site.yml(1,8): error SC0010: the text of 'title' starts with '[', which YAML reads as the start of a list: put the text in quotes: title: \"[a, b]\"",
                "site.yml(3,16): error SC0010: 'feed.items' should be a whole number, found \"many\"",
            ],
            lines);
    }
}
