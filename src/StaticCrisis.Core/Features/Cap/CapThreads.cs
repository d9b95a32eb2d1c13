using System.Globalization;
using System.Text;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Features.Cap.Settings;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Features.Cap;

/// <summary>
/// The site's CAP messages: one for every version of every update that is published now (its date and its 'updated'
/// time, once they have come; never a draft), oldest first, in threads. Each 'incident:' is a thread of its own, and the
/// updates outside incidents are the site's thread. A thread's first message is the Alert; every later one an Update
/// that references all before it in the thread, or a Cancel when it calls off a planned disruption announced before.
/// Messages the previous build published are kept byte for byte, also versions the content no longer names; the others
/// are written from the update's current text.
/// </summary>
public sealed class CapThreads
{
    private readonly Dictionary<string, CapMessage> _newest;
    private readonly Dictionary<string, List<CapMessage>> _threads;

    private CapThreads(CapSettings settings, IReadOnlyList<CapMessage> messages)
    {
        Settings = settings;
        Messages = messages;
        _newest = new Dictionary<string, CapMessage>(StringComparer.Ordinal);
        _threads = new Dictionary<string, List<CapMessage>>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            _newest[message.Source.Update.Slug] = message; // oldest first, so the newest stays
            var thread = ThreadOf(message);
            if (!_threads.TryGetValue(thread, out var list))
                _threads[thread] = list = [];
            list.Add(message);
        }
    }

    /// <summary>A message's thread: its update's 'incident', or "" for the updates outside incidents.</summary>
    private static string ThreadOf(CapMessage message) => message.Source.Update.Incident ?? "";

    public CapSettings Settings { get; }

    /// <summary>Every message, oldest first (by sent time, then identifier).</summary>
    public IReadOnlyList<CapMessage> Messages { get; }

    /// <summary>The identifier of its thread's first message names the incident in every message's 'incidents'.</summary>
    public string IncidentId(CapMessage message) => _threads[ThreadOf(message)][0].Identifier;

    /// <summary>The messages of its thread sent before this one: the Alert has none, an Update references them all.</summary>
    public IReadOnlyList<CapMessage> Earlier(CapMessage message) => [.. _threads[ThreadOf(message)].TakeWhile(other => !ReferenceEquals(other, message))];

    /// <summary>
    /// Alert, Update or Cancel. A Cancel is the newest version of a planned disruption written 'cancelled' that was
    /// announced before: it takes back that update's earlier messages, which are all it references.
    /// </summary>
    public string MsgType(CapMessage message) =>
        Earlier(message).Count == 0 ? "Alert"
        : IsCancel(message) ? "Cancel"
        : "Update";

    /// <summary>What the message's 'references' name: for a Cancel, the earlier messages of its update; else all earlier ones of its thread.</summary>
    public IReadOnlyList<CapMessage> References(CapMessage message) => IsCancel(message)
        ? [.. Earlier(message).Where(other => other.Source.Update.Slug == message.Source.Update.Slug)]
        : Earlier(message);

    private bool IsCancel(CapMessage message) =>
        message.Source.Update.Planned?.Written == Content.PlannedState.Cancelled
        && ReferenceEquals(Newest(message.Source), message)
        && Earlier(message).Any(other => other.Source.Update.Slug == message.Source.Update.Slug);

    /// <summary>An update's latest message, which its feed entries in every language link to; null for updates without one (drafts, future).</summary>
    public CapMessage? Newest(RenderedUpdate rendered) => _newest.GetValueOrDefault(rendered.Update.Slug);

    public static CapThreads Create(SiteModel site, CapSettings settings, DateTimeOffset now, IReadOnlyList<PreviousCapMessage> previous)
    {
        var prefix = SitePart(site.Config.BaseUrl);
        var kept = previous.Where(message => message.Sender == settings.Sender && message.Status == settings.Status && message.Sent <= now)
            .ToDictionary(message => message.Identifier, StringComparer.Ordinal);
        var messages = new Dictionary<string, CapMessage>(StringComparer.Ordinal);
        foreach (var rendered in site.Updates.Where(rendered => !rendered.Update.Draft && rendered.Update.Date <= now))
        {
            var update = rendered.Update;
            var versions = new List<DateTimeOffset> { update.Date };
            if (update.Updated is { } updated && updated > update.Date && updated <= now)
                versions.Add(updated);
            foreach (var version in versions)
            {
                var identifier = Identifier(prefix, update.Slug, version, settings.Status);
                messages[identifier] = kept.TryGetValue(identifier, out var old)
                    ? FromPrevious(old, rendered)
                    : new CapMessage(identifier, settings.Sender, version, site.Rfc3339(version), rendered, null);
            }
            // Versions the content no longer names (an 'updated' time that a newer one replaced) stay published.
            var ofThisUpdate = $"{prefix}_{update.Slug}_";
            foreach (var old in kept.Values.Where(old => old.Identifier.StartsWith(ofThisUpdate, StringComparison.Ordinal) && old.Sent >= update.Date))
                messages.TryAdd(old.Identifier, FromPrevious(old, rendered));
        }
        return new CapThreads(settings, [.. messages.Values
            .OrderBy(message => message.Sent.UtcDateTime)
            .ThenBy(message => message.Identifier, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Identifiers are unique in the world and never change when a title or text is corrected: the site's address,
    /// the update's slug and the version's time in UTC, e.g. <c>kris.alvby.example-info_2026-03-02-it-angrepp_20260302T073000Z</c>.
    /// A drill's or test's messages end in "_exercise" or "_test", so the real messages after it never reuse their identifiers.
    /// </summary>
    public static string Identifier(string sitePart, string slug, DateTimeOffset version, string status) =>
        $"{sitePart}_{slug}_{version.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}"
        + (status == "Actual" ? "" : "_" + status.ToLowerInvariant());

    /// <summary>The site's host, port and path as letters, digits, '.' and '-', which are safe in a CAP identifier and a file name.</summary>
    public static string SitePart(Uri baseUrl)
    {
        var text = new StringBuilder();
        foreach (var c in (baseUrl.Authority + baseUrl.AbsolutePath).ToLowerInvariant())
            text.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' ? c : '-');
        return text.ToString().Trim('-', '.');
    }

    private static CapMessage FromPrevious(PreviousCapMessage old, RenderedUpdate rendered) =>
        new(old.Identifier, old.Sender, old.Sent, old.SentText, rendered, old.Bytes);
}
