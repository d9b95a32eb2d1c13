using System.Security.Cryptography;
using System.Text;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Threading;
using StaticCrisis.Core.Templates.Pages;

namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>
/// Renders pages with the theme's Razor templates. Every template is compiled once, up front, so a compile error
/// is reported before anything renders and no page pays for compilation.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>Templates every theme must have; others (notice.cshtml) are rendered when the theme has them.</summary>
    public static readonly string[] PageTemplates = ["index.cshtml", "update.cshtml", "archive.cshtml", "404.cshtml"];


    private readonly RazorLightEngine _engine;
    private readonly Theme _theme;

    private readonly HashSet<string> _templates;

    /// <summary>The built-in theme, compiled into the tool: what it throws is the tool's own bug, reported as one.</summary>
    private readonly bool _compiledIn;

    private TemplateRenderer(RazorLightEngine engine, Theme theme, IEnumerable<string> templates, bool compiledIn = false)
    {
        _engine = engine;
        _compiledIn = compiledIn;
        _theme = theme;
        _templates = [.. templates];
    }

    public bool Has(string template) => _templates.Contains(template);

    /// <param name="compiled">Themes already compiled, kept by a long-running process (<see cref="BuildCache.Templates"/>).</param>
    public static TemplateRenderer? Create(Theme theme, DiagnosticBag diagnostics, CompiledThemes compiled)
    {
        var templates = TemplateNames(theme.TemplatesDirectory);
        var fingerprint = Fingerprint(theme.TemplatesDirectory, templates);
        // The built-in theme, unchanged, is compiled into the tool; a changed or a site's own theme is compiled here.
        return compiled.GetOrAdd(theme.TemplatesDirectory + "|" + fingerprint, () => fingerprint == BuiltInTheme.Fingerprint
            ? new TemplateRenderer(CompiledTemplates.Engine(BuiltInTheme.Templates), theme, templates, compiledIn: true)
            : Compile(theme, templates, fingerprint, diagnostics));
    }

    /// <summary>The theme's templates, relative to its templates folder with forward slashes, in a fixed order.</summary>
    internal static List<string> TemplateNames(string templatesDirectory) =>
        Directory.EnumerateFiles(templatesDirectory, "*.cshtml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(templatesDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static TemplateRenderer? Compile(Theme theme, List<string> templates, string fingerprint, DiagnosticBag diagnostics)
    {
        // Read a finished cache folder; else compile into a private one and move it into place when all went well.
        var cacheFolder = TemplateCache.FolderFor(fingerprint);
        if (cacheFolder is not null && TemplateCache.IsComplete(cacheFolder) && FromCache(theme, templates, cacheFolder) is { } fromCache)
            return fromCache;
        var staging = cacheFolder is null ? null : TemplateCache.NewStaging(cacheFolder);

        var errorsBefore = diagnostics.ErrorCount;
        var renderer = new TemplateRenderer(CreateEngine(theme, staging), theme, templates);
        foreach (var required in PageTemplates.Where(name => !templates.Contains(name)))
            diagnostics.Add(Problems.TemplateMissing(renderer.ShownPath(""), required));
        try
        {
            foreach (var template in templates)
                renderer.Compile(template, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache folder could not be written: compile in memory instead.
            renderer = new TemplateRenderer(CreateEngine(theme, cacheFolder: null), theme, templates);
            foreach (var template in templates)
                renderer.Compile(template, diagnostics);
        }
        if (diagnostics.ErrorCount > errorsBefore)
        {
            if (staging is not null)
                TemplateCache.Discard(staging);
            return null;
        }
        if (staging is not null)
        {
            TemplateCache.Publish(staging, cacheFolder!);
            TemplateCache.Prune(DateTime.UtcNow);
        }
        return renderer;
    }

    /// <summary>
    /// Every template from a finished cache folder, without the compiler; null when one is missing, stale or damaged (a
    /// template touched since, a cache file another process was still writing), and then the theme is compiled afresh.
    /// </summary>
    private static TemplateRenderer? FromCache(Theme theme, List<string> templates, string cacheFolder)
    {
        var engine = PrecompiledEngine.Create(new FileSystemCachingProvider(theme.TemplatesDirectory, cacheFolder, SimpleFileCachingStrategy.Instance));
        try
        {
            foreach (var template in templates)
                Synchronously.Wait(() => engine.CompileTemplateAsync(template));
            TemplateCache.MarkUsed(cacheFolder);
            return new TemplateRenderer(engine, theme, templates);
        }
        catch (Exception e) when (e is TemplateNotPrecompiledException or IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Every page writes with the encoder that leaves letters such as å alone.</summary>
    internal static void SetEncoder(ITemplatePage page) => ((TemplatePageBase)page).HtmlEncoder = MinimalHtmlEncoder.Instance;

    private static RazorLightEngine CreateEngine(Theme theme, string? cacheFolder)
    {
        var builder = new RazorLightEngineBuilder()
            .UseFileSystemProject(theme.TemplatesDirectory, ".cshtml")
            .AddPrerenderCallbacks(SetEncoder);
        builder = cacheFolder is null
            ? builder.UseMemoryCachingProvider()
            : builder.UseCachingProvider(new FileSystemCachingProvider(theme.TemplatesDirectory, cacheFolder, SimpleFileCachingStrategy.Instance));
        return builder.Build();
    }

    internal static string Fingerprint(string directory, IEnumerable<string> templates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var template in templates)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(template + "\0"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, template)));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <exception cref="TemplateRenderException">The template, its layout or a partial threw.</exception>
    public string Render(string template, Page model)
    {
        try
        {
            return Synchronously.Wait(() => _engine.CompileRenderAsync(template, model));
        }
        catch (Exception e) when (!_compiledIn && e is not TemplateNotPrecompiledException)
        {
            // The layout or a partial may be what threw: name the innermost template on the stack.
            var frame = TemplateRenderException.TemplateFrame(e);
            throw new TemplateRenderException(ShownPath(frame?.File ?? template), frame?.Line ?? 0, e);
        }
    }

    private void Compile(string template, DiagnosticBag diagnostics)
    {
        try
        {
            Synchronously.Wait(() => _engine.CompileTemplateAsync(template));
        }
        catch (TemplateCompilationException e)
        {
            Report(TemplateErrors.Describe(e, template), diagnostics);
        }
        catch (RazorLight.Generation.TemplateGenerationException e)
        {
            Report(TemplateErrors.Describe(e, template), diagnostics);
        }
    }

    private void Report(IEnumerable<TemplateErrors.TemplateError> errors, DiagnosticBag diagnostics)
    {
        foreach (var error in errors)
            diagnostics.Add(Problems.TemplateCompile(new SourceLocation(ShownPath(error.File), error.Line, error.Column), error.Message));
    }

    private string ShownPath(string template) => $"themes/{_theme.Name}/templates/{template}".TrimEnd('/');
}
