using System.Collections.Concurrent;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Build.Markdown;

/// <summary>
/// Bodies rendered by earlier builds of one process (serve), by update: an update read from unchanged bytes (the same
/// object, from <see cref="ParsedUpdateCache"/>) keeps its HTML and problems, unless a file one of its links points at was
/// added, removed or given another output path since.
/// </summary>
public sealed class RenderedUpdateCache
{
    private readonly ConcurrentDictionary<Update, Entry> _byUpdate = new(ReferenceEqualityComparer.Instance);
    private ContentLinks? _links;
    private int _rendered;

    private sealed record Entry(RenderedUpdate Rendered, IReadOnlyList<Diagnostic> Problems, IReadOnlySet<string> LinkTargets);

    /// <summary>Bodies rendered (not found in the cache) since <see cref="StartCounting"/>.</summary>
    public int Rendered => Volatile.Read(ref _rendered);

    public void StartCounting() => Volatile.Write(ref _rendered, 0);

    /// <summary>Before a build renders: forgets updates that are gone and renders whose links now resolve differently.</summary>
    public void Prepare(ContentLinks links, IReadOnlyList<Update> published)
    {
        var current = published.ToHashSet(ReferenceEqualityComparer.Instance);
        var changed = _links is null ? null : links.ChangedSince(_links);
        foreach (var (update, entry) in _byUpdate)
        {
            if (!current.Contains(update) || (changed is { Count: > 0 } && entry.LinkTargets.Overlaps(changed)))
                _byUpdate.TryRemove(update, out _);
        }
        _links = links;
    }

    /// <summary>The update's body, from the cache or rendered now; its problems go into <paramref name="diagnostics"/> either way.</summary>
    public RenderedUpdate GetOrRender(Update update, MarkdownRenderer renderer, DiagnosticBag diagnostics)
    {
        if (!_byUpdate.TryGetValue(update, out var entry))
        {
            var problems = new DiagnosticBag();
            var targets = new HashSet<string>(StringComparer.Ordinal);
            entry = new Entry(renderer.Render(update, problems, targets), problems.Items, targets);
            Interlocked.Increment(ref _rendered);
            _byUpdate[update] = entry;
        }
        diagnostics.AddRange(entry.Problems);
        return entry.Rendered;
    }

    public void Clear()
    {
        _byUpdate.Clear();
        _links = null;
    }
}
