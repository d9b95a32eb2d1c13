using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Features.Cap.Settings;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Tests.Core.Features.Cap;

public class CapSettingsReaderTests
{
    private static (SiteConfig? Config, IReadOnlyList<string> Lines) Load(string cap)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse($"title: \"Alvby kommun\"\nbaseUrl: https://kris.alvby.example/\n{cap}", diagnostics);
        return (config, [.. diagnostics.Sorted().Select(d => d.ToString())]);
    }

    [Fact]
    public void Fills_in_defaults_when_only_the_sender_is_given()
    {
        var (config, lines) = Load("cap: { enabled: true, sender: kris@alvby.example }");
        Assert.Empty(lines);
        var cap = config!.Cap!;
        Assert.Equal(("kris@alvby.example", "Alvby kommun", "Infra", "Actual"), (cap.Sender, cap.Event, cap.Category, cap.Status));
        Assert.Equal(TimeSpan.FromHours(24), cap.ExpiresAfter);
        Assert.Null(cap.AreaDesc);
        Assert.Null(cap.Geocode);
    }

    [Fact]
    public void Reads_every_setting_and_writes_cap_values_in_cap_spelling()
    {
        var (config, lines) = Load("""
            cap:
              enabled: true
              sender: kris@alvby.example
              event: "IT-angrepp"
              category: security
              areaDesc: "Alvby kommun"
              geocode: { valueName: "SE-kommunkod", value: "0999" }
              expiresAfter: 2d
              status: EXERCISE
            """);
        Assert.Empty(lines);
        var cap = config!.Cap!;
        Assert.Equal(("IT-angrepp", "Security", "Exercise", "Alvby kommun"), (cap.Event, cap.Category, cap.Status, cap.AreaDesc));
        Assert.Equal(new CapGeocode("SE-kommunkod", "0999"), cap.Geocode);
        Assert.Equal(TimeSpan.FromDays(2), cap.ExpiresAfter);
    }

    [Fact]
    public void A_block_that_is_not_enabled_is_checked_but_sends_nothing()
    {
        Assert.Null(Load("cap: { areaDesc: \"Alvby\" }").Config!.Cap);
        Assert.Null(Load("cap: { enabled: false, sender: kris@alvby.example }").Config!.Cap);
        var (config, lines) = Load("cap: { enabled: false, category: Weather }");
        Assert.Null(config);
        Assert.Equal(["site.yml(3,34): error SC0071: 'cap.category' \"Weather\" is not one of CAP's categories: Geo, Met, Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other"], lines);
    }

    [Theory]
    [InlineData("90m", 90 * 60)]
    [InlineData("24h", 24 * 3600)]
    [InlineData(" 2d ", 2 * 86400)]
    [InlineData("365d", 365 * 86400)]
    [InlineData("1m", 60)]
    public void Durations_are_a_whole_number_of_minutes_hours_or_days(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), CapSettingsReader.ParseDuration(text));

    [Theory]
    [InlineData("PT24H")]
    [InlineData("24")]
    [InlineData("1.5h")]
    [InlineData("0h")]
    [InlineData("366d")]
    [InlineData("24 timmar")]
    [InlineData("-2h")]
    [InlineData("")]
    public void Anything_else_is_not_a_duration(string text) => Assert.Null(CapSettingsReader.ParseDuration(text));

    [Fact]
    public void Hub_is_an_absolute_http_address()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: T\nbaseUrl: https://example.org/\nhub: https://websub.example.org/hub", diagnostics);
        Assert.Equal(new Uri("https://websub.example.org/hub"), config!.Hub);
        Assert.Null(SiteConfigLoader.Parse("title: T\nbaseUrl: https://example.org/", diagnostics)!.Hub);
        Assert.Null(SiteConfigLoader.Parse("title: T\nbaseUrl: https://example.org/\nhub: mailto:hub@example.org", diagnostics));
        Assert.Equal(["site.yml(3,6): error SC0070: 'hub' \"mailto:hub@example.org\" is not an absolute http(s) address of a WebSub hub such as \"https://pubsubhubbub.appspot.com/\""],
            diagnostics.Sorted().Select(d => d.ToString()));
    }
}
