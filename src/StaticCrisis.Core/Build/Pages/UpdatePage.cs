using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Features.Languages.Settings;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>One update's page, with links to the newer and older update.</summary>
public sealed class UpdatePage : Page
{
    public required RenderedUpdate Rendered { get; init; }

    public override string OutputPath => Rendered.Update.OutputPath;

    public override string Title => Rendered.Update.Title;

    public override string Description => Rendered.Summary;

    public RenderedUpdate? Newer => Site.Newer(Rendered);

    public RenderedUpdate? Older => Site.Older(Rendered);

    public override IReadOnlyList<PublishedLanguage> Alternates =>
        [.. base.Alternates.Where(language => Rendered.WrittenIn.Contains(language.Code))];

    public override PublishedLanguage? EasyToRead =>
        base.EasyToRead is { } easy && Rendered.WrittenIn.Contains(easy.Code) ? easy : null;

    // Safe inside <script>: '<', '>' and '&' are escaped, so the text can never close the element; letters stay readable.
    private static readonly JsonWriterOptions ScriptSafeJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>A schema.org NewsArticle: headline, dates, author and publisher (the site).</summary>
    public override string StructuredData
    {
        get
        {
            var update = Rendered.Update;
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, ScriptSafeJson))
            {
                json.WriteStartObject();
                json.WriteString("@context", "https://schema.org");
                json.WriteString("@type", "NewsArticle");
                json.WriteString("headline", update.Title);
                json.WriteString("description", Rendered.Summary);
                json.WriteString("url", Site.AbsoluteUrl(update.OutputPath));
                json.WriteString("inLanguage", Rendered.Untranslated?.Tag ?? Strings.Lang);
                json.WriteString("datePublished", Iso(update.Date));
                json.WriteString("dateModified", Iso(update.Updated ?? update.Date));
                foreach (var role in new[] { "author", "publisher" })
                {
                    json.WriteStartObject(role);
                    json.WriteString("@type", "Organization");
                    json.WriteString("name", Site.Config.Title);
                    json.WriteString("url", Site.Config.BaseUrl.AbsoluteUri);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
