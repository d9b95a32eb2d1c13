using System.Globalization;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Core.Authoring;

/// <summary>
/// <c>staticcrisis new</c>: writes <c>content/updates/YYYY-MM-DD-slug.md</c> with its front matter filled in, after checking
/// services and statuses against site.yml. Never overwrites: a name in use gets -2, -3, ...
/// </summary>
public static class UpdateFileWriter
{
    /// <summary>Returns the new file's path relative to the site folder, or null (the reasons are in <paramref name="diagnostics"/>).</summary>
    public static string? Create(NewUpdateRequest request, DiagnosticBag diagnostics) => CreateUpdate(request, diagnostics)?.Path;

    /// <summary>The new file's path relative to the site folder, and whether it was written as a draft; or null.</summary>
    public static NewUpdate? CreateUpdate(NewUpdateRequest request, DiagnosticBag diagnostics)
    {
        var siteDirectory = Path.GetFullPath(request.SiteDirectory);
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics);
        if (config is null)
            return null;
        var template = request.Template is null ? null : UpdateTemplate.Load(siteDirectory, request.Template, config, diagnostics);
        var severity = SeverityFrom(request.Severity, diagnostics);
        var services = ServicesFrom(request.Services, config, diagnostics);
        if (diagnostics.HasErrors || (request.Template is not null && template is null))
            return null;

        var date = TimeZoneInfo.ConvertTime(request.Now, config.TimeZone);
        date = date.AddTicks(-(date.Ticks % TimeSpan.TicksPerSecond));
        var draft = new UpdateDraft
        {
            Title = request.Title.Trim(),
            Date = date,
            Summary = template?.Summary,
            Severity = severity ?? template?.Severity,
            Pinned = request.Pinned || template?.Pinned == true,
            Services = Merge(template?.Services.Select(change => (change.ServiceId, change.Status)) ?? [], services),
            Tags = template?.Tags ?? [],
            Body = template?.Body ?? StarterFiles.Text(config.Language, "new-update.md"),
        };
        // A prepared message has blanks to fill in: it starts as a draft, which the build leaves out until 'draft: false'.
        var placeholder = PlaceholderCheck.FirstMarker(draft.Summary + "\n" + draft.Body);
        draft = draft with { Draft = template is not null || placeholder is not null };

        var folder = Path.Combine(siteDirectory, ContentLoader.UpdatesFolder);
        Directory.CreateDirectory(folder);
        var stem = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + (Slugs.FromText(draft.Title) is { Length: > 0 } slug ? slug : "update");
        var taken = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .ToHashSet(StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            var name = attempt == 1 ? stem : $"{stem}-{attempt}";
            if (taken.Contains(name))
                continue;
            try
            {
                // CreateNew: a file that appeared since the listing is never overwritten; the next suffix is tried.
                using var stream = new FileStream(Path.Combine(folder, name + ".md"), FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(draft.ToText());
                return new NewUpdate($"{ContentLoader.UpdatesFolder}/{name}.md", draft.Draft, placeholder);
            }
            catch (IOException) when (File.Exists(Path.Combine(folder, name + ".md")))
            {
            }
        }
    }

    private static Severity? SeverityFrom(string? argument, DiagnosticBag diagnostics)
    {
        if (argument is null)
            return null;
        if (ContentNames.TryParseSeverity(argument, out var severity))
            return severity;
        diagnostics.Add(Problems.SeverityUnknown(new SourceLocation("--severity"), argument));
        return null;
    }

    /// <summary>Reads <c>id=status</c> arguments, reporting unknown ids and statuses the way the build does.</summary>
    private static List<(string Id, ServiceStatus Status)> ServicesFrom(IEnumerable<string> arguments, SiteConfig config, DiagnosticBag diagnostics)
    {
        var known = config.Services.Select(service => service.Id).ToList();
        var services = new List<(string, ServiceStatus)>();
        foreach (var argument in arguments)
        {
            var parts = argument.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                diagnostics.Add(Problems.ServiceArgumentInvalid(argument));
                continue;
            }
            var location = new SourceLocation("--service " + argument);
            if (!known.Contains(parts[0], StringComparer.Ordinal))
                diagnostics.Add(Problems.ServiceUnknown(location, parts[0], known));
            else if (!ContentNames.TryParseStatus(parts[1], out var status))
                diagnostics.Add(Problems.ServiceStatusUnknown(location, parts[0], parts[1]));
            else
                services.Add((parts[0], status));
        }
        return services;
    }

    /// <summary>The template's services in their order, each replaced by the command's if given; the command's others after.</summary>
    private static List<(string Id, ServiceStatus Status)> Merge(IEnumerable<(string Id, ServiceStatus Status)> fromTemplate, List<(string Id, ServiceStatus Status)> fromCommand)
    {
        var merged = fromTemplate.ToList();
        foreach (var given in fromCommand)
        {
            var index = merged.FindIndex(service => service.Id == given.Id);
            if (index < 0)
                merged.Add(given);
            else
                merged[index] = given;
        }
        return merged;
    }
}
