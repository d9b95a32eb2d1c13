using System.Globalization;
using System.Text.RegularExpressions;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Kernel.Yaml;

namespace StaticCrisis.Core.Features.Cap.Settings;

/// <summary>
/// Reads 'cap:' of site.yml. Every value written is checked, also while 'enabled' is false, so switching CAP on in a crisis
/// never meets a mistake made weeks ago; 'sender' is required only when enabled.
/// </summary>
public static partial class CapSettingsReader
{
    private static readonly string[] KnownKeys = ["enabled", "sender", "event", "category", "areaDesc", "geocode", "expiresAfter", "status"];

    /// <summary>CAP 1.2: sender and identifier "MUST NOT include spaces, commas or restricted characters (&lt; and &amp;)".</summary>
    [GeneratedRegex(@"^[^\s,&<]+$")]
    private static partial Regex CapName();

    [GeneratedRegex(@"^(\d{1,6})\s*([mhd])$")]
    private static partial Regex Duration();

    private static readonly TimeSpan LongestExpiry = TimeSpan.FromDays(365);

    /// <summary>Null when there is no 'cap:' block, CAP is not enabled, or a value is wrong (then reported).</summary>
    public static CapSettings? Read(YamlMappingReader site, string siteTitle)
    {
        if (site.Mapping("cap") is not { } cap)
            return null;
        var errorsBefore = site.Diagnostics.ErrorCount;
        cap.WarnUnknownKeys(KnownKeys);
        var enabled = cap.Flag("enabled") ?? false;
        var sender = ReadSender(cap, required: enabled);
        var eventText = cap.Text("event");
        var category = ReadChoice(cap, "category", CapSettings.Categories, Problems.CapCategoryUnknown);
        var status = ReadChoice(cap, "status", CapSettings.Statuses, Problems.CapStatusUnknown);
        var areaDesc = cap.Text("areaDesc") is { } area && SourceText.Clean(area) is { Length: > 0 } cleanArea ? cleanArea : null;
        var geocode = ReadGeocode(cap, areaDesc);
        var expiresAfter = ReadExpiresAfter(cap);

        if (!enabled || sender is null || site.Diagnostics.ErrorCount > errorsBefore)
            return null;
        var defaults = new CapSettings { Sender = sender, Event = siteTitle };
        return defaults with
        {
            Event = eventText is not null && SourceText.Clean(eventText) is { Length: > 0 } cleanEvent ? cleanEvent : siteTitle,
            Category = category ?? defaults.Category,
            Status = status ?? defaults.Status,
            AreaDesc = areaDesc,
            Geocode = geocode,
            ExpiresAfter = expiresAfter ?? defaults.ExpiresAfter,
        };
    }

    /// <summary>
    /// A duration as a whole number and a unit: <c>90m</c> (minutes), <c>24h</c> (hours) or <c>2d</c> (days), at most a year.
    /// Null when the text is not one.
    /// </summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var match = Duration().Match(text.Trim());
        if (!match.Success)
            return null;
        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var duration = match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
        return duration > TimeSpan.Zero && duration <= LongestExpiry ? duration : null;
    }

    private static string? ReadSender(YamlMappingReader cap, bool required)
    {
        var sender = cap.Text("sender", required);
        if (sender is null)
            return null;
        sender = sender.Trim();
        if (sender.Length == 0 || CapName().IsMatch(sender))
            return sender.Length == 0 ? null : sender;
        cap.Diagnostics.Add(Problems.CapSenderInvalid(cap.LocationOf("sender"), sender));
        return null;
    }

    private static string? ReadChoice(YamlMappingReader cap, string key, IReadOnlyList<string> allowed, Func<SourceLocation, string, IEnumerable<string>, Diagnostic> problem)
    {
        if (cap.Text(key) is not { } text)
            return null;
        // CAP's values are case-sensitive: accept any case and write CAP's own spelling.
        if (allowed.FirstOrDefault(value => string.Equals(value, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } known)
            return known;
        cap.Diagnostics.Add(problem(cap.LocationOf(key), text, allowed));
        return null;
    }

    private static CapGeocode? ReadGeocode(YamlMappingReader cap, string? areaDesc)
    {
        if (cap.Mapping("geocode") is not { } geocode)
            return null;
        geocode.WarnUnknownKeys(["valueName", "value"]);
        var valueName = geocode.Text("valueName", required: true);
        var value = geocode.Text("value", required: true);
        if (areaDesc is null)
            cap.Diagnostics.Add(Problems.CapGeocodeWithoutArea(cap.LocationOf("geocode")));
        return valueName is null || value is null ? null : new CapGeocode(valueName.Trim(), value.Trim());
    }

    private static TimeSpan? ReadExpiresAfter(YamlMappingReader cap)
    {
        if (cap.Text("expiresAfter") is not { } text)
            return null;
        if (ParseDuration(text) is { } duration)
            return duration;
        cap.Diagnostics.Add(Problems.CapDurationInvalid(cap.LocationOf("expiresAfter"), text));
        return null;
    }
}
