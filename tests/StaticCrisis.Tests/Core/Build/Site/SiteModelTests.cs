using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Tests.Core.Build.Site;

public class SiteModelTests
{
    private static readonly SiteConfig Config = new()
    {
        Title = "T",
        BaseUrl = new Uri("https://kris.example.org/info/"),
        TimelineItems = 2,
        FeedItems = 3,
        Services =
        [
            new ServiceDefinition("lon", "Lön", null, null, default),
            new ServiceDefinition("epost", "E-post", null, null, default),
            new ServiceDefinition("bibliotek", "Bibliotek", null, null, default),
        ],
    };

    private static RenderedUpdate Rendered(string name, string date, bool pinned = false, params (string Id, ServiceStatus Status)[] services)
    {
        var path = $"content/updates/{name}.md";
        var update = new Update
        {
            SourcePath = path,
            Slug = name,
            SlugLocation = new SourceLocation(path),
            Title = name,
            Date = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Pinned = pinned,
            Services = [.. services.Select(s => new ServiceChange(s.Id, s.Status, new SourceLocation(path)))],
            Body = "",
        };
        return new RenderedUpdate(update, "", "");
    }

    [Fact]
    public void Updates_are_newest_first_and_equal_times_are_ordered_by_path()
    {
        var site = new SiteModel(Config,
        [
            Rendered("b", "2026-03-02T10:00:00+01:00"),
            Rendered("c", "2026-03-03T10:00:00+01:00"),
            Rendered("a", "2026-03-02T10:00:00+01:00"),
            Rendered("d", "2026-03-02T09:30:00Z"), // same instant as 10:30 +01:00
        ]);
        Assert.Equal(["c", "d", "a", "b"], site.Updates.Select(u => u.Update.Slug));
    }

    [Fact]
    public void Each_service_shows_the_status_of_the_newest_update_that_mentions_it()
    {
        var site = new SiteModel(Config,
        [
            Rendered("1", "2026-03-02T08:00:00+01:00", false, ("lon", ServiceStatus.Down), ("epost", ServiceStatus.Down)),
            Rendered("2", "2026-03-05T08:00:00+01:00", false, ("lon", ServiceStatus.Manual)),
            Rendered("3", "2026-03-09T08:00:00+01:00", false, ("epost", ServiceStatus.Operational)),
            Rendered("4", "2026-03-10T08:00:00+01:00"),
        ]);
        var board = site.ServiceBoard.ToDictionary(e => e.Service.Id);
        Assert.Equal(["lon", "epost", "bibliotek"], site.ServiceBoard.Select(e => e.Service.Id));
        Assert.Equal((ServiceStatus.Manual, "2"), (board["lon"].Status!.Value, board["lon"].Source!.Update.Slug));
        Assert.Equal((ServiceStatus.Operational, "3"), (board["epost"].Status!.Value, board["epost"].Source!.Update.Slug));
        Assert.Null(board["bibliotek"].Status);
        Assert.Null(board["bibliotek"].Source);
    }

    [Fact]
    public void The_situation_now_is_the_newest_pinned_update()
    {
        var site = new SiteModel(Config,
        [
            Rendered("old-pin", "2026-03-02T08:00:00+01:00", pinned: true),
            Rendered("new-pin", "2026-03-04T08:00:00+01:00", pinned: true),
            Rendered("newest", "2026-03-05T08:00:00+01:00"),
        ]);
        Assert.Equal("new-pin", site.Current!.Update.Slug);
        Assert.Null(new SiteModel(Config, [Rendered("x", "2026-03-02T08:00:00+01:00")]).Current);
    }

    [Fact]
    public void Timeline_feed_and_neighbours_follow_the_order()
    {
        var site = new SiteModel(Config,
        [
            Rendered("a", "2026-03-01T08:00:00+01:00"),
            Rendered("b", "2026-03-02T08:00:00+01:00"),
            Rendered("c", "2026-03-03T08:00:00+01:00"),
            Rendered("d", "2026-03-04T08:00:00+01:00"),
        ]);
        Assert.Equal(["d", "c"], site.Timeline.Select(entry => entry.Update.Update.Slug));
        Assert.Equal(["d", "c", "b"], site.FeedItems.Select(u => u.Update.Slug));
        var c = site.Updates[1];
        Assert.Equal("d", site.Newer(c)!.Update.Slug);
        Assert.Equal("b", site.Older(c)!.Update.Slug);
        Assert.Null(site.Newer(site.Updates[0]));
        Assert.Null(site.Older(site.Updates[^1]));
    }

    [Fact]
    public void Archive_months_are_in_the_site_time_zone()
    {
        // 23:30 UTC on 31 March is 1 April in Stockholm.
        var site = new SiteModel(Config,
        [
            Rendered("april", "2026-03-31T23:30:00Z"),
            Rendered("march", "2026-03-31T12:00:00Z"),
        ]);
        Assert.Equal([new DateOnly(2026, 4, 1), new DateOnly(2026, 3, 1)], site.Months.Select(m => m.Month));
    }

    [Fact]
    public void Drafts_and_future_updates_are_left_out_unless_asked_for()
    {
        var now = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
        var draft = Rendered("d", "2026-03-01T00:00:00Z").Update with { Draft = true };
        var future = Rendered("f", "2026-03-11T00:00:00Z").Update;
        var past = Rendered("p", "2026-03-10T12:00:00Z").Update;

        var strict = new PublishingRules(now, false, false);
        Assert.Equal([false, false, true], new[] { draft, future, past }.Select(strict.IsPublished));
        Assert.True(new PublishingRules(now, true, false).IsPublished(draft));
        Assert.True(new PublishingRules(now, false, true).IsPublished(future));
    }

    [Fact]
    public void Each_service_has_its_history_newest_first_and_a_feed_of_only_those_updates()
    {
        var site = new SiteModel(Config,
        [
            Rendered("1", "2026-03-02T08:00:00+01:00", false, ("lon", ServiceStatus.Down)),
            Rendered("2", "2026-03-03T08:00:00+01:00", false, ("epost", ServiceStatus.Degraded)),
            Rendered("3", "2026-03-04T08:00:00+01:00", false, ("lon", ServiceStatus.Manual)),
            Rendered("4", "2026-03-05T08:00:00+01:00", false, ("lon", ServiceStatus.Operational)),
            Rendered("5", "2026-03-06T08:00:00+01:00", false, ("lon", ServiceStatus.Operational)),
        ]);
        var lon = site.ServiceBoard[0];
        Assert.Equal(["5", "4", "3", "1"], lon.History.Select(change => change.Source.Update.Slug));
        Assert.Equal([ServiceStatus.Operational, ServiceStatus.Operational, ServiceStatus.Manual, ServiceStatus.Down], lon.History.Select(change => change.Status));
        Assert.Equal(ServiceStatus.Operational, lon.Status);
        Assert.Equal("services/lon.html", lon.OutputPath);

        var feed = site.FeedOf(lon);
        Assert.Equal("services/lon.atom", feed.AtomPath);
        Assert.Equal(["5", "4", "3"], feed.Items.Select(item => item.Update.Update.Slug)); // feed.items is 3
        Assert.Empty(site.FeedOf(site.ServiceBoard[2]).Items);
        Assert.Equal(["feed", "services/lon", "services/epost", "services/bibliotek"], site.Feeds.Select(f => f.BasePath));
    }
}

public class BannerShorteningTests
{
    [Theory]
    [InlineData("Vattnet är tjänligt igen", "Vattnet är tjänligt igen")]
    [InlineData("Vattnet i hela kommunen måste kokas", "Vattnet i hela kommunen måste…")]
    [InlineData("Lön, ersättningar och bidrag: så gör du", "Lön, ersättningar och bidrag…")]
    [InlineData("Kommunalförbundsgemensamhetsanläggningen", "Kommunalförbundsgemensamhetsa…")]
    public void A_title_becomes_a_headline_of_at_most_30_characters_cut_between_words(string title, string headline)
    {
        var shortened = StaticCrisis.Core.Site.Banner.Shorten(title, StaticCrisis.Core.Site.Banner.MaxHeadline);

        Assert.Equal(headline, shortened);
        Assert.True(shortened.Length <= StaticCrisis.Core.Site.Banner.MaxHeadline);
    }

    [Theory]
    [InlineData("Koka vattnet. Det gäller alla. Vi meddelar när det är över.", "Koka vattnet. Det gäller alla.")]
    [InlineData("Öppet kl. 08.00 i dag. Ring 113 13!", "Öppet kl. 08.00 i dag. Ring 113 13!")]
    public void A_summary_gives_the_banner_its_first_two_sentences(string summary, string text) =>
        Assert.Equal(text, StaticCrisis.Core.Site.Banner.FirstSentences(summary, StaticCrisis.Core.Site.Banner.MaxSentences));
}
