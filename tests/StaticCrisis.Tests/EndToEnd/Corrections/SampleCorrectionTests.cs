using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd.Corrections;

/// <summary>The sample's correction: the library's hours of 3 March, replaced the next morning by an update that says 'replaces:'.</summary>
[Collection(SampleSiteBuild.Collection)]
public class SampleCorrectionTests
{
    private const string Earlier = "updates/2026-03-03-informationspunkter.html";
    private const string Correction = "updates/2026-03-04-rattelse-informationspunkter.html";

    private readonly SampleSiteBuild _site;

    public SampleCorrectionTests(SampleSiteBuild site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
    }

    [Fact]
    public void The_replaced_update_stays_and_links_forward_to_its_correction_before_anything_else()
    {
        var page = _site.Page(Earlier);
        var notice = page.QuerySelector("main .replaced-notice")!;
        Assert.Equal("Det här meddelandet har rättats eller ersatts. Läs i stället: Rättelse: biblioteket stänger kl. 18 på vardagar", notice.TextContent);
        Assert.Equal("2026-03-04-rattelse-informationspunkter.html", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("note", notice.GetAttribute("role"));
        // Before the update's own heading, so a reader sees it first.
        Assert.Same(notice, page.QuerySelector("main")!.QuerySelector(".replaced-notice, h1"));
        Assert.Contains("Vardagar 10.00–19.00", page.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_correction_names_what_it_replaces_and_the_archive_marks_the_replaced()
    {
        var meta = _site.Page(Correction).QuerySelector("dl.meta")!;
        var label = meta.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Ersätter");
        Assert.Equal("2026-03-03-informationspunkter.html", label.NextElementSibling!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(_site.Page(Correction).QuerySelector(".replaced-notice"));

        var archive = _site.Page("archive.html");
        var replaced = archive.QuerySelectorAll(".archive-list li").Where(item => item.QuerySelector(".replaced-label") is not null).ToList();
        Assert.Equal(["Tre informationspunkter öppnar i dag"], replaced.Select(item => item.QuerySelector("a")!.TextContent));
    }

    [Fact]
    public void In_another_language_the_notice_is_the_readers_and_the_untranslated_title_is_marked_swedish()
    {
        var notice = _site.Page("en/" + Earlier).QuerySelector("main .replaced-notice")!;
        Assert.StartsWith("This update has been corrected or replaced. Read instead:", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("sv", notice.QuerySelector("a span")!.GetAttribute("lang"));
        // Every list names an untranslated update in its own language: the archive too.
        var archiveTitles = _site.Page("en/archive.html").QuerySelectorAll(".archive-list li a")
            .Where(link => link.GetAttribute("href")!.Contains("informationspunkter", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, archiveTitles.Count); // the replaced update and its correction
        Assert.All(archiveTitles, link => Assert.Equal("sv", link.QuerySelector("span")!.GetAttribute("lang")));
    }
}
