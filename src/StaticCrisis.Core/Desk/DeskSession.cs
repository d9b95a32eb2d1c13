using System.IO.Compression;
using StaticCrisis.Core.Authoring;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Build.Checks;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Features.Review;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Core.Desk;

/// <summary>
/// What the desk does, for any front end: lists the updates, opens one as a form, checks a draft with the build's own
/// checks and the real theme (in a <see cref="DeskShadow"/>, so nothing unsaved reaches the site folder), saves it
/// with only the changed keys rewritten, and starts updates from templates and translations as <c>new</c> does. The
/// files on disk stay the source of truth: the desk holds nothing of its own between requests but the last check.
/// </summary>
public sealed class DeskSession : IDisposable
{
    private readonly DeskShadow _shadow;
    private readonly BuildCache _cache = new();
    private readonly Func<DateTimeOffset> _now;
    private readonly Lock _checking = new();
    private IReadOnlyDictionary<string, OutputFile> _preview = new Dictionary<string, OutputFile>();

    public DeskSession(string siteDirectory, Func<DateTimeOffset> now)
    {
        SiteDirectory = Path.GetFullPath(siteDirectory);
        _shadow = new DeskShadow(SiteDirectory);
        _now = now;
    }

    public string SiteDirectory { get; }

    /// <summary>Where the preview's pages are served, so their links work: set by the front end once it knows its address.</summary>
    public Uri? PreviewBaseUrl { get; set; }

    /// <summary>site.yml as the build reads it; null (with its problems) when it cannot be read.</summary>
    public SiteConfig? Config(DiagnosticBag problems) => SiteConfigLoader.Load(SiteDirectory, problems);

    /// <summary>Every update file, newest first, with whether it is on the site now, a draft, or dated ahead.</summary>
    public IReadOnlyList<DeskUpdate> List()
    {
        var problems = new DiagnosticBag();
        if (Config(problems) is not { } config)
            return [];
        var content = ContentLoader.Load(SiteDirectory, config, problems);
        var now = _now();
        return [.. content.Updates
            .Select(update => new DeskUpdate(update.SourcePath, update.Title, update.Date,
                update.Draft ? DeskUpdateKind.Draft : update.Date > now ? DeskUpdateKind.Future : DeskUpdateKind.Published, update.Language))
            .OrderByDescending(update => update.Date.UtcDateTime).ThenBy(update => update.Path, StringComparer.Ordinal)];
    }

    /// <summary>The text of an update file; null when the path is not an update of this site (see <see cref="IsUpdatePath"/>).</summary>
    public string? Read(string relativePath) =>
        IsUpdatePath(relativePath) && File.Exists(FullPath(relativePath)) && FileKinds.Of(FullPath(relativePath)) == FileKind.Regular
            ? File.ReadAllText(FullPath(relativePath))
            : null;

    /// <summary>The form's values for an update, with one entry per service of site.yml.</summary>
    public Dictionary<string, string>? Open(string relativePath, SiteConfig config) =>
        Read(relativePath) is { } text ? UpdateForm.From(text, config.Services.Select(service => service.Id)) : null;

    /// <summary>The file as it would be saved from these form values.</summary>
    public string? Draft(string relativePath, IReadOnlyDictionary<string, string> form, SiteConfig config) =>
        Read(relativePath) is { } text ? UpdateForm.Apply(text, form, config.Services.Select(service => service.Id)) : null;

    /// <summary>
    /// Builds the site with the draft in place of the file (drafts and updates dated ahead included, as the preview
    /// shows them) and says what the build would: each problem of this file by the field it concerns, the others apart,
    /// the SMS length and the page's weight against the budget. The pages it made are the preview until the next check.
    /// </summary>
    public DeskCheck Check(string relativePath, string draft)
    {
        lock (_checking)
        {
            _shadow.Prepare(relativePath, draft);
            var result = SiteBuilder.Build(new BuildRequest
            {
                SiteDirectory = _shadow.Directory,
                Mode = BuildMode.Preview,
                IncludeDrafts = true,
                IncludeFuture = true,
                Cache = _cache,
                Now = _now(),
                BaseUrl = PreviewBaseUrl?.AbsoluteUri,
            });
            var problems = result.Diagnostics.Sorted();
            var byField = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            var elsewhere = new List<Diagnostic>();
            foreach (var problem in problems)
            {
                if (problem.Location is { Path: var path } at && path == relativePath)
                {
                    var field = DeskFields.Of(problem, draft);
                    if (!byField.TryGetValue(field, out var list))
                        byField[field] = list = [];
                    list.Add(problem);
                }
                else
                {
                    elsewhere.Add(problem);
                }
            }
            var files = result.Succeeded ? result.Files.ToDictionary(file => file.Path, StringComparer.Ordinal) : null;
            if (files is not null)
                _preview = files;
            var form = UpdateForm.From(draft, []);
            var sms = form["sms"].Length == 0 ? (SmsLength.Result?)null : SmsLength.Measure(form["sms"]);
            var config = SiteConfigLoader.Load(_shadow.Directory, new DiagnosticBag());
            var page = files is not null && config is not null ? PageOf(draft, relativePath, config, files) : null;
            return new DeskCheck(result.Succeeded, byField.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Diagnostic>)pair.Value), elsewhere, sms,
                page is null ? null : Weight(page), (config?.PageBudgetKb ?? 14) * 1024L)
            {
                UpdatePage = page?.Path,
            };
        }
    }

    /// <summary>A page of the last good check, as residents would get it: the preview.</summary>
    public OutputFile? Preview(string outputPath) => _preview.GetValueOrDefault(outputPath);

    /// <summary>Writes the form's values into the file, changing only what changed; the problems stay the build's to tell.</summary>
    public bool Save(string relativePath, IReadOnlyDictionary<string, string> form, SiteConfig config)
    {
        if (Draft(relativePath, form, config) is not { } text)
            return false;
        AtomicWrite(FullPath(relativePath), text);
        return true;
    }

    /// <summary>A new update from a template of the site, as <c>staticcrisis new --template</c> makes it; its path, or null with the problems.</summary>
    public string? New(string title, string? template, DiagnosticBag problems) =>
        UpdateFileWriter.CreateUpdate(new NewUpdateRequest { SiteDirectory = SiteDirectory, Title = title, Template = template, Now = _now() }, problems)?.Path;

    /// <summary>A translation of an update begun as <c>new --translation-of</c> begins it; its path, or null with the problems.</summary>
    public string? Translate(string originalPath, string language, DiagnosticBag problems) =>
        IsUpdatePath(originalPath) ? TranslationFileWriter.Write(SiteDirectory, originalPath, language, problems)?.Path : null;

    /// <summary>The crisis templates the site has (templates/*.md).</summary>
    public IReadOnlyList<string> Templates() => UpdateTemplate.Names(SiteDirectory);

    /// <summary>What the review records say of the file as it is now.</summary>
    public ReviewStatus? ReviewOf(string relativePath, SiteConfig config) =>
        Read(relativePath) is { } text ? ReviewStatus.Of(new ReviewRecords(SiteDirectory), config.Review, relativePath, text) : null;

    /// <summary>Sends the file as it is now for review, in the name of <paramref name="by"/>.</summary>
    public bool SendForReview(string relativePath, string by)
    {
        if (Read(relativePath) is not { } text)
            return false;
        new ReviewRecords(SiteDirectory).SendForReview(relativePath, text, by, _now());
        return true;
    }

    /// <summary>
    /// What changed since a reviewer last approved the file: its lines, and its fields one by one (the statuses and
    /// phone numbers are what a reviewer must not miss). Against nothing when it was never approved.
    /// </summary>
    public DeskDiff? Diff(string relativePath, SiteConfig config)
    {
        if (Read(relativePath) is not { } text)
            return null;
        var approved = new ReviewRecords(SiteDirectory).ApprovedText(relativePath);
        var ids = config.Services.Select(service => service.Id).ToList();
        var before = UpdateForm.From(approved ?? "---\n---\n", ids);
        var after = UpdateForm.From(text, ids);
        var fields = after.Keys.Where(key => key != UpdateForm.Body && before.GetValueOrDefault(key, "") != after[key])
            .Select(key => new FieldChange(key, before.GetValueOrDefault(key, ""), after[key])).ToList();
        return new DeskDiff(approved is not null, LineDiff.Between(approved ?? "", text), fields);
    }

    /// <summary>
    /// Approves the file as it is now with a reviewer's own key: the key must be a reviewer's in site.yml, and not the
    /// person who sent it for review. Null, with the problem, when it may not.
    /// </summary>
    public Approval? Approve(string relativePath, MinisignSecretKey key, SiteConfig config, DiagnosticBag problems)
    {
        if (Read(relativePath) is not { } text)
            return null;
        if (config.Review?.ByKey(key.PublicKey) is not { } reviewer)
        {
            problems.Add(Problems.ApproverUnknown(key.PublicKey.KeyIdHex));
            return null;
        }
        var records = new ReviewRecords(SiteDirectory);
        if (records.RequestOf(relativePath) is { } request && request.By == reviewer.Name)
        {
            problems.Add(Problems.ApprovalBySamePerson(relativePath, reviewer.Name));
            return null;
        }
        return records.Approve(relativePath, text, reviewer, key, _now());
    }

    /// <summary>Only Markdown files in content/updates, named without climbing out: the desk edits updates and nothing else.</summary>
    public static bool IsUpdatePath(string relativePath) =>
        relativePath.StartsWith(ContentLoader.UpdatesFolder + "/", StringComparison.Ordinal)
        && relativePath.EndsWith(".md", StringComparison.Ordinal)
        && !relativePath.Split('/').Any(part => part is "" or "." or ".." || part.StartsWith('.'))
        && !relativePath.Contains('\\', StringComparison.Ordinal) && !relativePath.Any(char.IsControl);

    private string FullPath(string relativePath) => Path.Combine(SiteDirectory, relativePath);

    /// <summary>The draft's own page: where the build puts it, in its language's folder for a translation.</summary>
    private static OutputFile? PageOf(string draft, string relativePath, SiteConfig config, Dictionary<string, OutputFile> files)
    {
        if (UpdateParser.Parse(relativePath, draft, config, new DiagnosticBag()) is not { } update)
            return null;
        var folder = update.Language is { } language && language != config.Language ? language + "/" : "";
        return files.GetValueOrDefault(folder + update.OutputPath);
    }

    /// <summary>The page's weight as the budget counts it: gzip at the level servers use.</summary>
    private static long? Weight(OutputFile page) => page.Content is { } bytes ? PageBudget.GzipSize(bytes, CompressionLevel.Optimal) : null;

    private static void AtomicWrite(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    public void Dispose() => _shadow.Dispose();
}

/// <summary>What a reviewer sees: whether there was an approved version, the lines since it, and the fields that changed.</summary>
public sealed record DeskDiff(bool HasApprovedVersion, IReadOnlyList<DiffLine> Lines, IReadOnlyList<FieldChange> Fields);

/// <summary>One form field that changed since the approved version ("services.lon": "down" → "operational").</summary>
public sealed record FieldChange(string Field, string Before, string After)
{
    /// <summary>A status or a phone number: what a wrong change of hurts residents most, so it is shown first and marked.</summary>
    public bool IsCritical => Field.StartsWith(UpdateForm.ServicePrefix, StringComparison.Ordinal) || PhoneNumbers.Any(Before) || PhoneNumbers.Any(After);
}

public enum DeskUpdateKind
{
    Published,
    Draft,
    Future,
}

/// <summary>One line of the desk's list of updates.</summary>
public sealed record DeskUpdate(string Path, string Title, DateTimeOffset Date, DeskUpdateKind Kind, string? Language);

/// <summary>
/// What the build says of a draft: its problems by the form field they concern ("title", "services", "body"; "" for the
/// file as a whole), the problems elsewhere on the site, the SMS length, and the update page's weight against the budget.
/// </summary>
public sealed record DeskCheck(bool Builds, IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> ByField, IReadOnlyList<Diagnostic> Elsewhere, SmsLength.Result? Sms, long? PageBytes, long BudgetBytes)
{
    /// <summary>The update's page in the preview, when the draft builds.</summary>
    public string? UpdatePage { get; init; }
}
