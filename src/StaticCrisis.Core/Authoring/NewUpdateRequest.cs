namespace StaticCrisis.Core.Authoring;

/// <summary>What <c>staticcrisis new</c> was asked for.</summary>
public sealed record NewUpdateRequest
{
    public required string SiteDirectory { get; init; }

    public required string Title { get; init; }

    /// <summary>info, notice, warning or critical; else the template's, else none (info).</summary>
    public string? Severity { get; init; }

    /// <summary>As typed: <c>id=status</c>. They add to, or replace, the template's.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    public bool Pinned { get; init; }

    /// <summary>A file name in the site's templates/ folder, with or without .md.</summary>
    public string? Template { get; init; }

    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;
}
