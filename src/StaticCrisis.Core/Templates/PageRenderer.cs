using StaticCrisis.Core.Output;
using StaticCrisis.Core.Site;
using StaticCrisis.Core.Templates.Pages;

namespace StaticCrisis.Core.Templates;

/// <summary>Makes every HTML page of the site from the model: home, archive, 404 and one page per update.</summary>
public static class PageRenderer
{
    /// <param name="rendered">Told (pages done, pages in all) after each page.</param>
    public static IReadOnlyList<OutputFile> RenderAll(SiteModel site, UiStrings strings, TemplateRenderer templates, Action<int, int>? rendered = null)
    {
        var pages = new List<(string Template, Page Page)>
        {
            ("index.cshtml", new HomePage { Site = site, Strings = strings }),
            ("archive.cshtml", new ArchivePage { Site = site, Strings = strings }),
            ("404.cshtml", new NotFoundPage { Site = site, Strings = strings }),
        };
        pages.AddRange(site.Updates.Select(rendered => ("update.cshtml", (Page)new UpdatePage { Site = site, Strings = strings, Rendered = rendered })));
        var files = new List<OutputFile>(pages.Count);
        foreach (var (template, page) in pages)
        {
            files.Add(OutputFile.FromText(page.OutputPath, templates.Render(template, page)));
            rendered?.Invoke(files.Count, pages.Count);
        }
        return files;
    }
}
