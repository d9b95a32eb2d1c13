using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// What the preview shows: the files of the last good build by output path (null until one succeeds), the problems of the
/// latest build (empty when it succeeded), and a number that grows with every build, good or bad. <see cref="Notes"/> is
/// what a good build says besides: its warnings and the updates it left out, as <c>build</c> prints them.
/// </summary>
public sealed record PreviewState(IReadOnlyDictionary<string, OutputFile>? Files, IReadOnlyList<string> Problems, int Version)
{
    public static readonly PreviewState Empty = new(null, [], 0);

    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool HasProblems => Problems.Count > 0;
}
