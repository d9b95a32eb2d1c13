using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;
using StaticCrisis.Core.Templates.Pages;

namespace StaticCrisis.Core.Build.Channels;

/// <summary>
/// banner.html: a tiny page other sites show in an iframe (the GOV.UK emergency banner pattern): the headline, at most two
/// sentences and one link to the site. Self-contained: inline CSS, no script, nothing loaded, at most 2 KB.
/// </summary>
public static class BannerWriter
{
    public const string FileName = "banner.html";
    public const int MaxBytes = 2048;

    public static OutputFile Write(SiteModel site, UiStrings strings)
    {
        var banner = site.Banner;
        var link = banner.Source is { } source ? site.EntryId(source) : site.Config.BaseUrl.AbsoluteUri;
        var severity = banner.Source?.Update.Severity.ToString().ToLowerInvariant() ?? "info";
        var colour = severity switch { "critical" => "#b10e1e", "warning" => "#8a4b00", _ => "#1d4f91" };
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{E(strings.Lang)}}" dir="{{E(strings.Dir)}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(site.Config.Title)}}</title>
            <style>
            body{margin:0;font:1rem/1.4 system-ui,sans-serif;color:#fff;background:{{colour}};}
            div{padding:.75rem 1rem;border-inline-start:.5rem solid #fff}
            p{margin:0 0 .25rem}
            .h{margin:0 0 .25rem;font-weight:700;font-size:1.15rem}
            a{color:#fff;font-weight:600}
            a:focus{outline:3px solid #fd0;outline-offset:2px}
            </style>
            </head>
            <body>
            <div role="region" aria-label="{{E(site.Config.Title)}}">
            <h2 class="h">{{E(banner.Headline)}}</h2>
            <p>{{E(banner.Text)}}</p>
            <p><a href="{{E(link)}}" target="_top">{{E(strings.BannerReadMore)}}</a></p>
            </div>
            </body>
            </html>

            """;
        return OutputFile.FromText(FileName, html);
    }

    private static string E(string text) => MinimalHtmlEncoder.Instance.Encode(text);
}
