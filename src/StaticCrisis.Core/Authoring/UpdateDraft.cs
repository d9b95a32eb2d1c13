using System.Globalization;
using System.Text;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Yaml;

namespace StaticCrisis.Core.Authoring;

/// <summary>A new update before it is a file: front matter values and a body, written out as an update file.</summary>
public sealed record UpdateDraft
{
    public required string Title { get; init; }

    /// <summary>In the site's time zone, so the file shows the writer's wall-clock time with its offset.</summary>
    public required DateTimeOffset Date { get; init; }

    public string? Summary { get; init; }

    public Severity? Severity { get; init; }

    public bool Pinned { get; init; }

    /// <summary>A draft is built only with --drafts, so a prepared message is never published before its blanks are filled in.</summary>
    public bool Draft { get; init; }

    public IReadOnlyList<(string Id, ServiceStatus Status)> Services { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string Body { get; init; } = "";

    /// <summary>The file's text: front matter with every text quoted, so titles with quotes, colons or '#' read back as typed.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(YamlScalar.Quote(Title)).Append('\n');
        text.Append("date: ").Append(Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
        if (Summary is not null)
            text.Append("summary: ").Append(YamlScalar.Quote(Summary)).Append('\n');
        if (Severity is { } severity)
            text.Append("severity: ").Append(severity.Name()).Append('\n');
        if (Pinned)
            text.Append("pinned: true\n");
        if (Draft)
            text.Append("draft: true\n");
        if (Services.Count > 0)
            text.Append("services: { ").Append(string.Join(", ", Services.Select(service => $"{service.Id}: {service.Status.Name()}"))).Append(" }\n");
        if (Tags.Count > 0)
            text.Append("tags: [").Append(string.Join(", ", Tags.Select(YamlScalar.Quote))).Append("]\n");
        text.Append("---\n");
        text.Append(Body.TrimStart('\n').TrimEnd()).Append('\n');
        return text.ToString();
    }
}
