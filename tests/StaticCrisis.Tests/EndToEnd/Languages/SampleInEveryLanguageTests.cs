using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Languages;

/// <summary>
/// The sample in Swedish, easy-to-read Swedish, English, Finnish, Meänkieli and Arabic: the situation now is translated
/// into each, the first update into English (from its first version: stale) and easy-to-read Swedish, the rest not at all.
/// </summary>
[Collection(SampleSiteBuild.Collection)]
public class SampleInEveryLanguageTests
{
    private const string Base = "https://kris.alvby.example/info/";
    private const string Pinned = "updates/2026-03-20-laget-just-nu.html";
    private const string First = "updates/2026-03-02-it-angrepp.html";
    private const string Untranslated = "updates/2026-03-20-hemtjansten-digitala-system.html";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Cap = CapSchema.Cap;

    private readonly SampleSiteBuild _site;

    public SampleInEveryLanguageTests(SampleSiteBuild site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
    }

    [Theory]
    [InlineData("", "sv", "ltr")]
    [InlineData("lattlast/", "sv", "ltr")]
    [InlineData("en/", "en", "ltr")]
    [InlineData("fi/", "fi", "ltr")]
    [InlineData("fit/", "fit", "ltr")]
    [InlineData("ar/", "ar", "rtl")]
    public void Each_language_has_every_page_in_its_folder_marked_with_its_language(string folder, string lang, string dir)
    {
        foreach (var page in new[] { "index.html", "archive.html", "notice.html", "about.html", "accessibility.html", "404.html", "services/hemtjanst.html", Pinned, First, Untranslated })
        {
            var document = _site.Page(folder + page);
            Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(dir, document.DocumentElement.GetAttribute("dir"));
        }
        foreach (var file in new[] { "feed.xml", "feed.atom", "feed.json", "services/hemtjanst.atom", "summary.txt", "sms.txt", "banner.html" })
            Assert.True(File.Exists(Path.Combine(_site.Output, folder + file)), folder + file);
    }

    [Fact]
    public void An_untranslated_update_is_the_original_marked_as_such_under_a_notice_in_the_readers_language()
    {
        var page = _site.Page("en/" + Untranslated);
        Assert.Equal("Not yet available in English; the Swedish original follows.", page.QuerySelector("main .language-notice")!.TextContent);
        Assert.Equal("sv", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("sv", page.QuerySelector(".body")!.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector("dl.meta")!.Closest("[lang]")!.GetAttribute("lang")); // the labels are the reader's
        Assert.Equal("Published", page.QuerySelector("dl.meta dt")!.TextContent);
        // In Arabic too, the notice and the page are right to left, the Swedish text left to right.
        var arabic = _site.Page("ar/" + Untranslated);
        Assert.Equal("غير متوفر باللغة العربية بعد. يلي ذلك النص الأصلي باللغة السويدية.", arabic.QuerySelector("main .language-notice")!.TextContent);
        Assert.Equal(("sv", "ltr"), (arabic.QuerySelector(".body")!.GetAttribute("lang"), arabic.QuerySelector(".body")!.GetAttribute("dir")));
        // A translated page carries no such mark.
        var translated = _site.Page("en/" + Pinned);
        Assert.Null(translated.QuerySelector(".language-notice"));
        Assert.Null(translated.QuerySelector(".body")!.GetAttribute("lang"));
        Assert.Equal("The situation now: most services are working again", translated.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_timeline_lists_an_untranslated_update_marked_in_its_own_language()
    {
        var home = _site.Page("en/index.html");
        var entry = home.QuerySelectorAll(".update-summary").First(article => article.QuerySelector("a")!.GetAttribute("href") == Untranslated);
        Assert.Equal("sv", entry.QuerySelector("h3, h2")!.GetAttribute("lang"));
        Assert.Equal("In Swedish", entry.QuerySelector(".language-label")!.TextContent);
        var translated = home.QuerySelectorAll(".update-summary").First(article => article.QuerySelector("a")!.GetAttribute("href") == Pinned);
        Assert.Null(translated.QuerySelector(".language-label"));
    }

    [Fact]
    public void A_translation_older_than_its_original_says_so_with_both_times()
    {
        Assert.Equal("The Swedish text was updated 2 March 2026, 10:30; this translation is from 2 March 2026, 08:15.",
            _site.Page("en/" + First).QuerySelector("main .language-notice")!.TextContent);
        // The easy-to-read version of the same update recorded nothing, so nothing can be said of its age.
        Assert.Null(_site.Page("lattlast/" + First).QuerySelector(".language-notice"));
        Assert.Contains(_site.Result.Statistics!.Languages, language => language.Code == "en" && language.Stale.SequenceEqual(["content/updates/2026-03-02-it-angrepp.md"]));
        Assert.Contains(_site.Result.Statistics!.Languages, language => language.Code == "lattlast" && language.Unrecorded.SequenceEqual(["content/updates/2026-03-02-it-angrepp.lattlast.md"]));
    }

    [Fact]
    public void Alternates_name_only_the_languages_a_page_is_written_in_and_every_page_has_the_switcher()
    {
        static string[] Alternates(IDocument page) => [.. page.QuerySelectorAll("head link[rel=alternate][hreflang]").Select(link => link.GetAttribute("hreflang") + " " + link.GetAttribute("href"))];
        Assert.Equal(["sv " + Base + Pinned, "en " + Base + "en/" + Pinned, "fi " + Base + "fi/" + Pinned, "fit " + Base + "fit/" + Pinned, "ar " + Base + "ar/" + Pinned], Alternates(_site.Page("fi/" + Pinned)));
        Assert.Equal(["sv " + Base + First, "en " + Base + "en/" + First], Alternates(_site.Page(First)));
        Assert.Empty(Alternates(_site.Page(Untranslated)));
        Assert.Equal(5, Alternates(_site.Page("en/index.html")).Length); // every language but easy-to-read Swedish

        foreach (var path in _site.HtmlPages())
        {
            var switcher = _site.Page(path).QuerySelector("nav.languages");
            Assert.True(switcher is not null, path);
            var current = switcher!.QuerySelector("a[aria-current]")!;
            Assert.Equal(SampleSiteBuild.LanguageFolderOf(path) switch { "en/" => "English", "fi/" => "Suomi", "fit/" => "Meänkieli", "ar/" => "العربية", "lattlast/" => "Lättläst", _ => "Svenska" }, current.TextContent);
        }
        // The switcher names each language in itself, links the same page, and marks Arabic right to left.
        var links = _site.Page("fi/" + Pinned).QuerySelectorAll("nav.languages a").ToList();
        Assert.Equal(["Svenska", "English", "Suomi", "Meänkieli", "العربية"], links.Select(a => a.TextContent));
        Assert.Equal("../../" + Pinned, links.First(a => a.TextContent == "Svenska").GetAttribute("href"));
        Assert.Equal(("ar", "rtl"), (links.First(a => a.TextContent == "العربية").GetAttribute("lang"), links.First(a => a.TextContent == "العربية").GetAttribute("dir")));
    }

    [Fact]
    public void Swedish_pages_link_their_easy_to_read_version_where_one_exists()
    {
        static string? EasyLink(IDocument page) => page.QuerySelectorAll("nav.languages a").FirstOrDefault(a => a.TextContent == "Lättläst")?.GetAttribute("href");
        Assert.Equal("../lattlast/" + First, EasyLink(_site.Page(First)));
        Assert.Equal("lattlast/index.html", EasyLink(_site.Page("index.html")));
        Assert.Null(EasyLink(_site.Page(Untranslated)));
        Assert.Null(EasyLink(_site.Page("en/" + First)));
    }

    [Fact]
    public void Each_language_has_its_own_feeds_with_untranslated_entries_marked()
    {
        using (var reader = XmlReader.Create(Path.Combine(_site.Output, "en", "feed.atom")))
        {
            var feed = SyndicationFeed.Load(reader);
            Assert.All(feed.Items, item => Assert.Matches("^" + Base + "en/(updates|incidents)/", item.Id));
            Assert.Contains(feed.Items, item => item.Title.Text == "The situation now: most services are working again");
        }
        var atom = XDocument.Load(Path.Combine(_site.Output, "en", "feed.atom"));
        var entries = atom.Root!.Elements(Atom + "entry").ToDictionary(entry => entry.Element(Atom + "id")!.Value);
        Assert.Equal("sv", (string?)entries[Base + "en/" + Untranslated].Attribute(XNamespace.Xml + "lang"));
        Assert.StartsWith("<p><em>Not yet available in English; the Swedish original follows.</em></p><div lang=\"sv\">", entries[Base + "en/" + Untranslated].Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Null(entries[Base + "en/" + Pinned].Attribute(XNamespace.Xml + "lang"));

        var json = JsonNode.Parse(_site.Read("en/feed.json"))!;
        Assert.Equal("en", (string?)json["language"]);
        var items = json["items"]!.AsArray().ToDictionary(item => (string)item!["id"]!);
        Assert.Equal("sv", (string?)items[Base + "en/" + Untranslated]!["language"]);
        Assert.Null(items[Base + "en/" + Pinned]!["language"]);

        var rss = XDocument.Load(Path.Combine(_site.Output, "en", "feed.xml"));
        Assert.Equal("en", rss.Root!.Element("channel")!.Element("language")!.Value);
        var untranslated = rss.Descendants("item").First(item => item.Element("link")!.Value == Base + "en/" + Untranslated);
        Assert.StartsWith("Not yet available in English; the Swedish original follows. ", untranslated.Element("description")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_are_named_in_the_readers_language_where_site_yml_names_them_and_else_marked_as_the_main_languages()
    {
        const string Ransom = "updates/2026-03-06-vi-betalar-inte.html";
        var tags = _site.Page("en/" + Ransom).QuerySelector("p.tags")!;
        Assert.Equal("Topics: cyber attack, lösensumma", tags.TextContent);
        Assert.Equal(["lösensumma"], tags.QuerySelectorAll("span[lang=sv]").Select(span => span.TextContent));
        Assert.Equal("Ämnen: it-angrepp, lösensumma", _site.Page(Ransom).QuerySelector("p.tags")!.TextContent);
        Assert.Empty(_site.Page("lattlast/" + Ransom).QuerySelectorAll("p.tags span"));

        var entry = XDocument.Load(Path.Combine(_site.Output, "en/feed.atom")).Root!.Elements(Atom + "entry")
            .Single(entry => entry.Element(Atom + "id")!.Value.EndsWith("2026-03-06-vi-betalar-inte.html", StringComparison.Ordinal));
        var categories = entry.Elements(Atom + "category").Where(category => category.Attribute("scheme") is null).ToList();
        Assert.Equal(["it-angrepp", "lösensumma"], categories.Select(category => category.Attribute("term")!.Value));
        Assert.Equal("cyber attack", categories[0].Attribute("label")!.Value);
        Assert.Equal("sv", categories[1].Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Contains("cyber attack", JsonNode.Parse(File.ReadAllText(Path.Combine(_site.Output, "en/feed.json")))!["items"]!.AsArray()
            .Single(item => item!["url"]!.GetValue<string>().EndsWith("2026-03-06-vi-betalar-inte.html", StringComparison.Ordinal))!["tags"]!.AsArray()
            .Select(tag => tag!.GetValue<string>()));
    }

    [Fact]
    public void A_cap_message_has_an_info_in_every_language_that_has_the_update()
    {
        var message = Directory.EnumerateFiles(Path.Combine(_site.Output, "cap"), "*laget-just-nu*.xml").Single();
        var infos = XDocument.Load(message).Root!.Elements(Cap + "info").ToList();
        Assert.Equal(["sv", "en", "fi", "fit", "ar"], infos.Select(info => info.Element(Cap + "language")!.Value));
        Assert.Equal("The situation now: most services are working again", infos[1].Element(Cap + "headline")!.Value);
        Assert.Equal(Base + "ar/" + Pinned, infos[4].Element(Cap + "web")!.Value);
        // Each info names the event and the area in its language (site.yml 'languages', 'cap'), else in the main language's.
        Assert.Equal(["IT-angrepp mot kommunen", "Cyber attack on the municipality", "Kuntaan kohdistunut kyberhyökkäys", "IT-angrepp mot kommunen", "هجوم إلكتروني على البلدية"],
            infos.Select(info => info.Element(Cap + "event")!.Value));
        Assert.Equal(["Alvby kommun", "Alvby Municipality", "Alvbyn kunta", "Alvby kommun", "بلدية ألفبي"],
            infos.Select(info => info.Element(Cap + "area")!.Element(Cap + "areaDesc")!.Value));
        Assert.Equal("0999", infos[4].Element(Cap + "area")!.Element(Cap + "geocode")!.Element(Cap + "value")!.Value);
        Assert.Empty(CapSchema.Problems(message));
        // An update in Swedish alone has one.
        var single = Directory.EnumerateFiles(Path.Combine(_site.Output, "cap"), "*lon-forsenad*.xml").First();
        Assert.Single(XDocument.Load(single).Root!.Elements(Cap + "info"));
    }

    [Fact]
    public void Status_json_lists_every_language_with_its_home_and_feeds()
    {
        var languages = JsonNode.Parse(_site.Read("status.json"))!["site"]!["languages"]!.AsArray();
        Assert.Equal(["sv", "lattlast", "en", "fi", "fit", "ar"], languages.Select(language => (string)language!["code"]!));
        foreach (var language in languages)
        {
            var url = (string)language!["url"]!;
            Assert.True(File.Exists(Path.Combine(_site.Output, url[Base.Length..], "index.html")), url);
            Assert.True(File.Exists(Path.Combine(_site.Output, ((string)language["feeds"]!["atom"]!)[Base.Length..])));
        }
        Assert.Equal(("ar", "rtl", "العربية"), ((string)languages[5]!["tag"]!, (string)languages[5]!["dir"]!, (string)languages[5]!["name"]!));
        Assert.Equal("Alvby Municipality – crisis information", (string)languages[2]!["title"]!);
    }

    [Fact]
    public void The_sitemap_lists_every_language_with_its_alternates()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Load(Path.Combine(_site.Output, "sitemap.xml")).Root!.Elements(sitemap + "url").ToDictionary(url => url.Element(sitemap + "loc")!.Value);
        Assert.Contains(Base + "ar/" + Untranslated, urls.Keys);
        Assert.Equal(["sv", "en", "fi", "fit", "ar"], urls[Base + "en/" + Pinned].Elements(xhtml + "link").Select(link => (string)link.Attribute("hreflang")!));
        Assert.Empty(urls[Base + Untranslated].Elements(xhtml + "link"));
    }

    [Fact]
    public void The_site_words_are_in_the_readers_language_where_site_yml_gives_them()
    {
        var home = _site.Page("en/index.html");
        Assert.Equal("Alvby Municipality – crisis information", home.QuerySelector(".site-title a")!.TextContent);
        Assert.Contains(home.QuerySelectorAll(".contact-label"), label => label.TextContent == "Municipal switchboard");
        Assert.Contains("Home care", _site.Page("en/services/hemtjanst.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(_site.Page("ar/index.html").QuerySelectorAll(".contact-label"), label => label.TextContent == "مقسم البلدية");
    }

    [Fact]
    public void Building_the_site_in_six_languages_twice_gives_the_same_bytes()
    {
        using var again = new TempFolder();
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = RepoPaths.SampleSite, OutputDirectory = again.Path, Now = SampleSiteBuild.Now, MaxParallelism = 1 }).Succeeded);
        Assert.Equal(_site.Read("SHA256SUMS"), File.ReadAllText(Path.Combine(again.Path, "SHA256SUMS")));
        Assert.Contains("(ar/updates/2026-03-20-laget-just-nu.html)", _site.Read("SHA256SUMS"), StringComparison.Ordinal);
    }
}
