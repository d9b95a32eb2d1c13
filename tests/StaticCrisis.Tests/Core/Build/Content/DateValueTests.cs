using StaticCrisis.Core.Content;

namespace StaticCrisis.Tests.Core.Build.Content;

public class DateValueTests
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    [Theory]
    [InlineData("2026-03-02T15:30:00+01:00", "2026-03-02T15:30:00+01:00")]
    [InlineData("2026-03-02T14:30:00Z", "2026-03-02T14:30:00+00:00")]
    [InlineData("2026-03-02T15:30:00-0500", "2026-03-02T15:30:00-05:00")]
    [InlineData("2026-03-02 15:30", "2026-03-02T15:30:00+01:00")]
    [InlineData("2026-03-02T15:30", "2026-03-02T15:30:00+01:00")]
    [InlineData("2026-03-02", "2026-03-02T00:00:00+01:00")]
    [InlineData("2026-07-01T09:00", "2026-07-01T09:00:00+02:00")]
    [InlineData("2026-03-02T15:30:10.5+01:00", "2026-03-02T15:30:10.5000000+01:00")]
    public void Reads_iso_dates_and_places_times_without_offset_in_the_site_time_zone(string text, string expected)
    {
        Assert.True(DateValue.TryParse(text, Stockholm, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Theory]
    [InlineData("igår")]
    [InlineData("2026-02-30")]
    [InlineData("2026-03-02T25:00")]
    [InlineData("02/03/2026")]
    [InlineData("2026-03-02T15:30+15:00")]
    [InlineData("")]
    public void Refuses_what_is_not_a_date(string text)
    {
        Assert.False(DateValue.TryParse(text, Stockholm, out _));
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_moves_past_the_gap()
    {
        // Sweden skips 02:00-03:00 on 29 March 2026; 02:30 does not exist on the wall clock.
        Assert.True(DateValue.TryParse("2026-03-29T02:30", Stockholm, out var value));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), value);
        Assert.Equal(TimeSpan.FromHours(2), value.Offset);
    }

    [Fact]
    public void An_ambiguous_autumn_time_takes_the_first_of_its_two_instants()
    {
        // 02:30 on 25 October 2026 happens twice in Sweden: first at +02:00, then at +01:00.
        Assert.True(DateValue.TryParse("2026-10-25T02:30", Stockholm, out var value));
        Assert.Equal(TimeSpan.FromHours(2), value.Offset);
    }
}
