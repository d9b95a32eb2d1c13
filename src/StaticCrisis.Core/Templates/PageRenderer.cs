using StaticCrisis.Core.Output;
using StaticCrisis.Core.Site;
using StaticCrisis.Core.Templates.Pages;

namespace StaticCrisis.Core.Templates;

/// <summary>Makes every HTML page of the site from the model: home, archive, 404, the notice, one page per service and one per update.</summary>
public static class PageRenderer
{
    /// <param name="rendered">Told (pages done, pages in all) after each page; called from worker threads.</param>
    public static IReadOnlyList<OutputFile> RenderAll(SiteModel site, UiStrings strings, TemplateRenderer templates, ParallelOptions? parallel = null, Action<int, int>? rendered = null)
    {
        var pages = new List<(string Template, Page Page)>
        {
            ("index.cshtml", new HomePage { Site = site, Strings = strings }),
            ("archive.cshtml", new ArchivePage { Site = site, Strings = strings }),
            ("404.cshtml", new NotFoundPage { Site = site, Strings = strings }),
        };
        if (templates.Has("notice.cshtml"))
            pages.Add(("notice.cshtml", new NoticePage { Site = site, Strings = strings }));
        if (templates.Has("embed.cshtml"))
            pages.Add(("embed.cshtml", new EmbedPage { Site = site, Strings = strings }));
        if (site.Config.Accessibility is { } statement && templates.Has("accessibility.cshtml"))
            pages.Add(("accessibility.cshtml", new AccessibilityPage { Site = site, Strings = strings, Statement = statement }));
        if (templates.Has("about.cshtml"))
            pages.Add(("about.cshtml", new AboutPage { Site = site, Strings = strings, OptionalPages = [.. pages.Select(page => page.Page.OutputPath)] }));
        if (templates.Has("service.cshtml"))
            pages.AddRange(site.ServiceBoard.Select(entry => ("service.cshtml", (Page)new ServicePage { Site = site, Strings = strings, Entry = entry })));
        pages.AddRange(site.Updates.Select(rendered => ("update.cshtml", (Page)new UpdatePage { Site = site, Strings = strings, Rendered = rendered })));
        // Compiled templates render independently: one page per core at a time.
        var files = new OutputFile[pages.Count];
        var done = 0;
        Parallel.For(0, pages.Count, parallel ?? new ParallelOptions(), i =>
        {
            files[i] = OutputFile.FromText(pages[i].Page.OutputPath, templates.Render(pages[i].Template, pages[i].Page));
            rendered?.Invoke(Interlocked.Increment(ref done), pages.Count);
        });
        return files;
    }
}
