namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>
/// Themes compiled in this process, by folder and a hash of every template: kept in a <see cref="BuildCache"/>, a
/// long-running process compiles a theme once, and again only when a template changes. Across processes, the compiled
/// assemblies are kept on disk (<see cref="TemplateCache"/>).
/// </summary>
public sealed class CompiledThemes
{
    private readonly Dictionary<string, TemplateRenderer> _compiled = new(StringComparer.Ordinal);

    // Builds at once with one cache compile a theme once, not side by side.
    private readonly Lock _lock = new();

    /// <summary>The renderer kept for <paramref name="key"/>, else the one <paramref name="compile"/> makes (kept unless null: a theme that failed is compiled again).</summary>
    internal TemplateRenderer? GetOrAdd(string key, Func<TemplateRenderer?> compile)
    {
        lock (_lock)
        {
            if (_compiled.TryGetValue(key, out var known))
                return known;
            var renderer = compile();
            if (renderer is not null)
                _compiled[key] = renderer;
            return renderer;
        }
    }
}
