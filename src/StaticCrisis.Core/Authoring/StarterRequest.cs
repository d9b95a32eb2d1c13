namespace StaticCrisis.Core.Authoring;

/// <summary>What <c>staticcrisis init</c> was asked for; what is not given gets a default of the language.</summary>
public sealed record StarterRequest
{
    /// <summary>The folder to create the site in; created if missing.</summary>
    public required string Directory { get; init; }

    public string Language { get; init; } = "sv";

    public string? Title { get; init; }

    public string? BaseUrl { get; init; }

    /// <summary>IANA id; default Europe/Stockholm for Swedish, else this machine's zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The moment of the first update.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;
}
