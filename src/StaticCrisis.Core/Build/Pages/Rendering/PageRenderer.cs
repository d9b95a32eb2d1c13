using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;
using StaticCrisis.Core.Templates.Pages;

namespace StaticCrisis.Core.Build.Pages.Rendering;

/// <summary>Makes every HTML page of the site from the model: home, archive, 404, the notice, one page per service, per incident and per update.</summary>
public static class PageRenderer
{
    /// <summary>Every page, rendered when its content is first read (see <see cref="OutputFile.Later"/>).</summary>
    public static IReadOnlyList<OutputFile> Pages(SiteModel site, UiStrings strings, TemplateRenderer templates)
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
        if (templates.Has("incident.cshtml"))
            pages.AddRange(site.Incidents.Select(incident => ("incident.cshtml", (Page)new IncidentPage { Site = site, Strings = strings, Incident = incident })));
        pages.AddRange(site.Updates.Select(rendered => ("update.cshtml", (Page)new UpdatePage { Site = site, Strings = strings, Rendered = rendered })));
        return [.. pages.Select(page => OutputFile.LaterText(page.Page.OutputPath, () => templates.Render(page.Template, page.Page)))];
    }

    /// <summary>Every page, rendered now; compiled templates render independently, so one page per core at a time.</summary>
    public static IReadOnlyList<OutputFile> RenderAll(SiteModel site, UiStrings strings, TemplateRenderer templates, ParallelOptions? parallel = null)
    {
        var files = Pages(site, strings, templates);
        OutputFile.MakeAll(files, parallel ?? new ParallelOptions());
        return files;
    }
}
