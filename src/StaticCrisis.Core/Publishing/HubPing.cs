namespace StaticCrisis.Core.Publishing;

/// <summary>
/// Tells a WebSub hub that feeds have changed (<c>hub.mode=publish</c>, one POST per feed), so readers subscribed
/// through it get the update pushed instead of at their next poll. A ping that fails is a problem to mention, never a
/// reason to fail a publish: the feeds are already out.
/// </summary>
public static class HubPing
{
    /// <summary>Whether a path is one of the feeds that name the hub: the site's (feed.xml, .atom, .json) or a service's.</summary>
    public static bool IsFeed(string path)
    {
        var extension = Path.GetExtension(path);
        var isFeedFormat = extension is ".xml" or ".atom" or ".json";
        return isFeedFormat && (Path.GetFileNameWithoutExtension(path) == "feed" && !path.Contains('/', StringComparison.Ordinal)
            || path.StartsWith("services/", StringComparison.Ordinal) && path.IndexOf('/', "services/".Length) < 0);
    }

    /// <summary>Pings the hub for each feed; returns one problem per feed the hub did not accept (none when all went well).</summary>
    public static async Task<IReadOnlyList<string>> PingAsync(HttpClient http, Uri hub, IEnumerable<Uri> feeds, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var feed in feeds)
        {
            try
            {
                using var body = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", feed.AbsoluteUri)]);
                using var response = await http.PostAsync(hub, body, cancellationToken);
                if (!response.IsSuccessStatusCode)
                    problems.Add($"{feed}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            catch (HttpRequestException e)
            {
                problems.Add($"{feed}: {e.Message}");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problems.Add($"{feed}: timed out");
            }
        }
        return problems;
    }
}
