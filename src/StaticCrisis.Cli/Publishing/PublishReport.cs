using System.Globalization;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Cli.Publishing;

/// <summary>What publish prints on stdout: each mirror's plan before anything is touched, and a table of results at the end.</summary>
public static class PublishReport
{
    /// <summary>File names shown per kind of change unless --verbose: enough to recognise the change, short enough to read.</summary>
    public const int ListedFiles = 10;

    public static void PrintPlan(TextWriter stdout, MirrorPublication publication, bool verbose)
    {
        var plan = publication.Plan!;
        stdout.WriteLine($"{publication.Mirror.Name} ({publication.Mirror.Address}):");
        var manifest = plan.RemoteManifest switch
        {
            RemoteManifestState.Missing => Ui.Say(Texts.ManifestMissingOnMirror),
            RemoteManifestState.Unreadable => Ui.Say(Texts.ManifestUnreadableOnMirror),
            _ => null,
        };
        if (manifest is not null)
            stdout.WriteLine(manifest);
        // Always shown: a mirror that lost or changed files behind our back is news its owner needs.
        if (plan.Repairs.Count > 0)
        {
            stdout.WriteLine(Ui.Say(Texts.Repairs(plan.Repairs.Count)));
            foreach (var path in plan.Repairs.Take(verbose ? plan.Repairs.Count : ListedFiles))
                stdout.WriteLine($"    {TerminalText.Escape(path)}");
            if (!verbose && plan.Repairs.Count > ListedFiles)
                stdout.WriteLine("    " + Ui.Say(Texts.AndMore(plan.Repairs.Count - ListedFiles)));
        }
        if (!plan.HasChanges)
        {
            stdout.WriteLine(Ui.Say(Texts.UpToDate(plan.Unchanged.Count)));
            return;
        }
        stdout.WriteLine(Ui.Say(Texts.PlanLine(plan.New.Count(), plan.Replacements.Count(), plan.Deletions.Count, plan.Unchanged.Count, ByteSize.Format(plan.UploadBytes))));
        PrintList(stdout, "new", plan.New.Select(upload => upload.Path).ToList(), verbose);
        PrintList(stdout, "replace", plan.Replacements.Select(upload => upload.Path).ToList(), verbose);
        PrintList(stdout, "delete", plan.Deletions, verbose);
    }

    private static void PrintList(TextWriter stdout, string kind, IReadOnlyList<string> paths, bool verbose)
    {
        var shown = verbose ? paths.Count : Math.Min(paths.Count, ListedFiles);
        foreach (var path in paths.Take(shown))
            stdout.WriteLine($"    {kind,-8} {path}");
        if (paths.Count > shown)
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {kind,-8} {Ui.Say(Texts.AndMore(paths.Count - shown))} {Ui.Say(Texts.VerboseListsAll)}"));
    }

    public static void PrintResults(TextWriter stdout, IReadOnlyList<MirrorPublication> publications)
    {
        string[] header = ["mirror", "result", "uploaded", "replaced", "deleted", "unchanged", "bytes", "seconds", "verified"];
        var rows = publications.Select(Row).Prepend(header).ToList();
        var widths = header.Select((_, column) => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            // Names and words to the left, numbers to the right.
            var cells = row.Select((cell, column) => column is 0 or 1 or 8 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]));
            stdout.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    private static string[] Row(MirrorPublication publication)
    {
        var plan = publication.Plan;
        var result = publication.Failure is not null ? "FAILED" : publication.Verification?.Succeeded == false ? "NOT VERIFIED" : "ok";
        if (plan is null)
            return [publication.Mirror.Name, result, "-", "-", "-", "-", "-", Seconds(publication), "-"];
        // Of a mirror that stopped part-way, count only what reached it: uploads are applied in the plan's order.
        var uploadsDone = publication.Completed ? plan.Uploads.Count : Math.Min(publication.Applied.Done, plan.Uploads.Count);
        var done = plan.Uploads.Take(uploadsDone).ToList();
        var verified = publication.Verification switch
        {
            { Succeeded: true } verification => string.Create(CultureInfo.InvariantCulture, $"yes ({verification.FilesChecked} files)"),
            { } verification => string.Create(CultureInfo.InvariantCulture, $"NO ({verification.Problems.Count} problems)"),
            null when publication.Mirror.PublicUrl is null => "not verified (no publicUrl)",
            null => "-",
        };
        return
        [
            publication.Mirror.Name,
            result,
            Count(done.Count(upload => !upload.Replaces)),
            Count(done.Count(upload => upload.Replaces)),
            Count(publication.Applied.Deleted),
            Count(plan.Unchanged.Count),
            ByteSize.Format(done.Sum(upload => upload.Size)),
            Seconds(publication),
            verified,
        ];
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(MirrorPublication publication) => publication.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
