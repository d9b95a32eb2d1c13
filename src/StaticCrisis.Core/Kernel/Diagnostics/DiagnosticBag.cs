using System.Collections.Concurrent;

namespace StaticCrisis.Core.Kernel.Diagnostics;

/// <summary>Collects every problem of a build so all of them are reported at once. Safe to add to from parallel stages.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            _items.Enqueue(diagnostic);
    }

    /// <summary>Every problem so far, in the order added (which, with parallel stages, varies: print <see cref="Sorted"/>).</summary>
    public IReadOnlyList<Diagnostic> Items => [.. _items];

    public bool HasErrors => _items.Any(d => d.IsError);

    public bool HasErrorsIn(string path) => _items.Any(d => d.IsError && d.Location?.Path == path);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>The one strict rule: with --strict every warning counts as an error.</summary>
    public int ErrorCountWhen(bool strict) => strict ? _items.Count : ErrorCount;

    public bool FailsWhen(bool strict) => ErrorCountWhen(strict) > 0;

    /// <summary>Sorted by file, line and column, so output is stable whatever order stages ran in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
