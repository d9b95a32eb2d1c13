using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;

namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>Templates compiled into the tool (the built-in theme), handed to RazorLight as its cache.</summary>
internal sealed class CompiledTemplates : ICachingProvider
{
    private readonly IReadOnlyDictionary<string, Func<IEngineHandler, ITemplatePage>> _factories;
    private IEngineHandler? _engine;

    private CompiledTemplates(IReadOnlyDictionary<string, Func<IEngineHandler, ITemplatePage>> factories) => _factories = factories;

    /// <summary>An engine that renders these templates and nothing else.</summary>
    public static RazorLightEngine Engine(IReadOnlyDictionary<string, Func<IEngineHandler, ITemplatePage>> factories)
    {
        var templates = new CompiledTemplates(factories);
        var engine = PrecompiledEngine.Create(templates);
        templates._engine = engine.Handler; // each page renders its partials through the engine that made it
        return engine;
    }

    public TemplateCacheLookupResult RetrieveTemplate(string key) =>
        _factories.TryGetValue(key, out var factory)
            ? new TemplateCacheLookupResult(new TemplateCacheItem(key, () => factory(_engine!)))
            : new TemplateCacheLookupResult();

    public bool Contains(string key) => _factories.ContainsKey(key);

    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken) =>
        throw new InvalidOperationException("compiled templates are fixed");

    public void Remove(string key) => throw new InvalidOperationException("compiled templates are fixed");
}
