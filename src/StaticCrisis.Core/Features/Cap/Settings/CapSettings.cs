
namespace StaticCrisis.Core.Features.Cap.Settings;

/// <summary>
/// 'cap:' in site.yml: how each published update version becomes an OASIS CAP 1.2 message in <c>cap/</c>.
/// Null on <c>SiteConfig.Cap</c> unless <c>enabled: true</c>.
/// </summary>
public sealed record CapSettings
{
    /// <summary>CAP's own list of categories (CAP 1.2, 3.2.2 'category').</summary>
    public static readonly IReadOnlyList<string> Categories =
        ["Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport", "Infra", "CBRNE", "Other"];

    /// <summary>The CAP statuses a site may publish with: real messages, drills and technical tests (never Draft or System).</summary>
    public static readonly IReadOnlyList<string> Statuses = ["Actual", "Exercise", "Test"];

    public static readonly TimeSpan DefaultExpiresAfter = TimeSpan.FromHours(24);

    /// <summary>Who sends the messages, unique in the world: an e-mail address or a domain such as "kris@alvby.se". No spaces, commas, '&lt;' or '&amp;'.</summary>
    public required string Sender { get; init; }

    /// <summary>What the incident is, in a few words ("IT-angrepp"); the site's title when not given.</summary>
    public required string Event { get; init; }

    public string Category { get; init; } = "Infra";

    /// <summary>The area affected, in words ("Alvby kommun"); no 'area' element without it.</summary>
    public string? AreaDesc { get; init; }

    public CapGeocode? Geocode { get; init; }

    /// <summary>How long after a version's time its message expires.</summary>
    public TimeSpan ExpiresAfter { get; init; } = DefaultExpiresAfter;

    /// <summary>Actual, or Exercise for drills, or Test.</summary>
    public string Status { get; init; } = "Actual";
}

/// <summary>A machine-readable code for the area, such as a municipality code: <c>{ valueName: "SE-kommunkod", value: "0999" }</c>.</summary>
public sealed record CapGeocode(string ValueName, string Value);
