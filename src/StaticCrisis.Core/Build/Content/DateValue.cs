using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticCrisis.Core.Content;

/// <summary>
/// ISO 8601 dates as writers type them: 2026-03-02, 2026-03-02T15:30, 2026-03-02 15:30:00+01:00, ...Z.
/// A value without offset is a wall-clock time in the site's time zone.
/// </summary>
public static partial class DateValue
{
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, TimeZoneInfo timeZone, out DateTimeOffset value) =>
        TryParse(text, timeZone, out value, out _);

    /// <summary>As <see cref="TryParse(string, TimeZoneInfo, out DateTimeOffset)"/>; <paramref name="hasTime"/> tells whether a time of day was written.</summary>
    public static bool TryParse(string text, TimeZoneInfo timeZone, out DateTimeOffset value, out bool hasTime)
    {
        value = default;
        hasTime = false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return false;
        hasTime = match.Groups[4].Success;
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        DateTime local;
        try
        {
            local = new DateTime(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6), DateTimeKind.Unspecified);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // 2026-02-30, 25:00
        }
        // At the edges of the calendar an offset moves the instant out of it (0001-01-01 at +01:00); no update is dated there.
        if (local.Year is < MinYear or > MaxYear)
            return false;
        if (match.Groups[7].Success)
            local = local.AddTicks(long.Parse(match.Groups[7].Value.PadRight(7, '0'), CultureInfo.InvariantCulture));

        if (match.Groups[8].Success)
        {
            var offset = ParseOffset(match.Groups[8].Value);
            if (offset is null)
                return false;
            value = new DateTimeOffset(local, offset.Value);
            return true;
        }
        value = InZone(local, timeZone);
        return true;
    }

    /// <summary>
    /// A wall-clock time in a zone. A time in the spring-forward gap (02:30 on the last Sunday of March in Sweden)
    /// does not exist: it is read with the offset before the gap, so it lands as far after the gap as it was into it (03:30).
    /// An ambiguous autumn time takes the first of its two instants.
    /// </summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo timeZone)
    {
        if (timeZone.IsInvalidTime(local))
        {
            var offsetBefore = timeZone.GetUtcOffset(local.AddHours(-6));
            var utc = new DateTimeOffset(local, offsetBefore).UtcDateTime;
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), timeZone);
        }
        if (timeZone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, timeZone.GetAmbiguousTimeOffsets(local).Max());
        return new DateTimeOffset(local, timeZone.GetUtcOffset(local));
    }

    /// <summary>The years a date may have: wide enough for any real update and any typo worth a warning, far from the calendar's ends.</summary>
    public const int MinYear = 1000, MaxYear = 9998;

    private static TimeSpan? ParseOffset(string text)
    {
        if (text is "Z" or "z")
            return TimeSpan.Zero;
        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
            return null;
        return sign * new TimeSpan(hours, minutes, 0);
    }
}
