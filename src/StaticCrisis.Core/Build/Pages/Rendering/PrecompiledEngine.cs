using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;

namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>
/// RazorLight's renderer over templates that are compiled already: the built-in theme's inside the tool, or a theme's from the
/// disk cache. RazorLightEngineBuilder always sets up the Razor generator and Roslyn, which load ~30 MB of compiler and
/// take longer than rendering a small site; this engine has no compiler at all, and asking it for a template it does not
/// have throws <see cref="TemplateNotPrecompiledException"/>, so the caller can fall back to compiling.
/// </summary>
internal static class PrecompiledEngine
{
    public static RazorLightEngine Create(ICachingProvider templates)
    {
        var options = new RazorLightOptions { PreRenderCallbacks = [TemplateRenderer.SetEncoder] };
        return new RazorLightEngine(new EngineHandler(options, NoCompiler.Instance, NoCompiler.Instance, templates));
    }

    private sealed class NoCompiler : IRazorTemplateCompiler, ITemplateFactoryProvider
    {
        public static readonly NoCompiler Instance = new();

        public ICompilationService CompilationService => throw new TemplateNotPrecompiledException("(compilation service)");

        public Task<CompiledTemplateDescriptor> CompileAsync(string templateKey) => throw new TemplateNotPrecompiledException(templateKey);

        public Func<ITemplatePage> CreateFactory(CompiledTemplateDescriptor templateDescriptor) =>
            throw new TemplateNotPrecompiledException(templateDescriptor.TemplateKey);
    }
}

/// <summary>A template that would have to be compiled now: the caller compiles the theme with the full engine instead.</summary>
internal sealed class TemplateNotPrecompiledException(string template) : Exception($"'{template}' is not compiled");
