using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Preview;

/// <summary>
/// What the preview shows: the files of the last good build by output path (null until one succeeds), the problems of the
/// latest build (empty when it succeeded), and a number that grows with every build, good or bad. A good build also says
/// what <c>build</c> would print besides: its warnings (<see cref="Notes"/>), the updates it left out, and what the
/// background pass found once every page was made (<see cref="Checked"/>). Problems and notes are as shown: with
/// <c>--strict</c>, warnings are errors.
/// </summary>
public sealed record PreviewState(IReadOnlyDictionary<string, OutputFile>? Files, IReadOnlyList<Diagnostic> Problems, int Version)
{
    public static readonly PreviewState Empty = new(null, [], 0);

    public IReadOnlyList<Diagnostic> Notes { get; init; } = [];

    public IReadOnlyList<UnpublishedUpdate> Unpublished { get; init; } = [];

    public IReadOnlyList<Diagnostic> Checked { get; init; } = [];

    public bool HasProblems => Problems.Count > 0;

    public bool HasNotes => Notes.Count + Unpublished.Count + Checked.Count > 0;
}
