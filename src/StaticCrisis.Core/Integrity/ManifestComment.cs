using System.Globalization;
using System.Text;

namespace StaticCrisis.Core.Integrity;

/// <summary>
/// The trusted comment of <c>SHA256SUMS.minisig</c>: which site the manifest is of and how new it is, signed with it, so a
/// signed manifest cannot be passed off as another site's or an old one as current. Tab-separated fields, starting as
/// minisign's own do (<c>timestamp:</c>, <c>file:</c>, <c>hashed</c>):
/// <code>timestamp:1772614800	file:SHA256SUMS	hashed	site:https://kris.example.org/info/	title:Alvby kommun – krisinformation	time:2026-03-04T10:00:00+01:00</code>
/// </summary>
public sealed record ManifestComment(Uri? Site, string? Title, DateTimeOffset? Time)
{
    public string Format()
    {
        var text = new StringBuilder();
        if (Time is { } time)
            text.Append(CultureInfo.InvariantCulture, $"timestamp:{time.ToUnixTimeSeconds()}\t");
        text.Append("file:").Append(Sha256Sums.FileName).Append("\thashed");
        if (Site is not null)
            text.Append("\tsite:").Append(OneLine(Site.AbsoluteUri));
        if (Title is not null)
            text.Append("\ttitle:").Append(OneLine(Title));
        if (Time is { } local)
            text.Append("\ttime:").Append(local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        return text.ToString();
    }

    /// <summary>Reads what it can of a trusted comment; fields it does not know (or one minisign wrote) are left out.</summary>
    public static ManifestComment Parse(string comment)
    {
        var fields = comment.Split('\t')
            .Select(field => field.Split(':', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First()[1], StringComparer.Ordinal);
        var site = fields.TryGetValue("site", out var url) && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
        DateTimeOffset? time = null;
        if (fields.TryGetValue("time", out var text) && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            time = parsed;
        else if (fields.TryGetValue("timestamp", out var seconds) && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            time = DateTimeOffset.FromUnixTimeSeconds(unix);
        return new ManifestComment(site, fields.GetValueOrDefault("title"), time);
    }

    /// <summary>Tabs separate the fields and a comment is one line, so neither may come from the site's own text.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
