using System.Dynamic;
using System.Text.Encodings.Web;
using RazorLight;
using RazorLight.Internal.Buffering;

namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>
/// The base of the built-in theme's compiled templates: RazorLight's page, with its own <c>IncludeAsync</c>. RazorLight
/// passes its <c>dynamic</c> ViewBag along when it renders a partial, so every include is bound at run time by the C#
/// binder, which costs each process about 100 ms before the first page is done. This renders the partial the same way,
/// through the same engine, with the call bound when the tool is compiled.
/// </summary>
internal abstract class BuiltInTemplatePage<TModel> : TemplatePage<TModel>
{
    /// <summary>The engine that made this page, to find and render partials with.</summary>
    public required IEngineHandler Engine { get; init; }

    public new async Task IncludeAsync(string key, object? model = null)
    {
        var template = await Engine.CompileTemplateAsync(key).ConfigureAwait(false);
        // A renderer of its own, as RazorLight's for the page would do: the partial's buffer is moved into the page's writer.
        var renderer = new RazorLight.TemplateRenderer(Engine, HtmlEncoder.Default, new MemoryPoolViewBufferScope());
        await Engine.RenderIncludedTemplateAsync(template, model, PageContext.Writer, PageContext.ViewBag as ExpandoObject, renderer).ConfigureAwait(false);
    }
}
