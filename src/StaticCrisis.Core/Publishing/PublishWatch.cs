using System.Globalization;
using System.Text.Json;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// <c>publish --watch</c>: publishes, then again at each moment the site changes by itself (status.json's 'nextChange': a
/// planned window starts or ends, an update dated ahead comes out, a promised update runs late) and whenever the site's
/// files change, until cancelled. A build that fails leaves the mirrors as they were and waits for the next change; a
/// mirror that fails is tried again after <see cref="RetryAfter"/>. Time comes from a <see cref="TimeProvider"/>, so a
/// test can move it.
/// </summary>
public sealed class PublishWatch(PublishRequest request, TimeProvider clock, IWatchReporter reporter)
{
    /// <summary>How soon a publish that failed on a mirror is tried again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(2);

    /// <summary>The wall clock can jump (a laptop that slept, a clock set right): it is read again at least this often.</summary>
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(1);

    private TaskCompletionSource _filesChanged = NewSignal();

    /// <summary>The site's files changed (called by a file watcher, from any thread): publish again once the current round is done.</summary>
    public void FilesChanged() => Volatile.Read(ref _filesChanged).TrySetResult();

    /// <summary>Publishes until cancelled; ends early only when the site folder or a mirror named does not exist.</summary>
    public async Task<PublishOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var outcome = PublishOutcome.Published;
        var reason = WatchReason.Started;
        while (!cancellationToken.IsCancellationRequested)
        {
            // Changes from now on, also those made while this round builds, call for the next round.
            var changed = NewSignal();
            Volatile.Write(ref _filesChanged, changed);
            var now = clock.GetLocalNow();
            var round = reporter.RoundStarted(now, reason);
            try
            {
                outcome = await Publisher.PublishAsync(request with { Build = request.Build with { Now = now } }, round, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            finally
            {
                await reporter.RoundEndedAsync(round, outcome).ConfigureAwait(false);
            }
            if (outcome == PublishOutcome.Usage)
                return outcome;

            var next = NextChange(request.Build.SiteDirectory, request.Build.OutputDirectory, now);
            var wake = outcome == PublishOutcome.MirrorsFailed && (next is null || next > now + RetryAfter) ? now + RetryAfter : next;
            reason = await WaitAsync(wake, next, changed.Task, cancellationToken).ConfigureAwait(false);
        }
        return outcome;
    }

    /// <summary>Sleeps until <paramref name="wake"/> (never, when null) or a change of the files, whichever comes first.</summary>
    private async Task<WatchReason> WaitAsync(DateTimeOffset? wake, DateTimeOffset? nextChange, Task changed, CancellationToken cancellationToken)
    {
        var told = false;
        while (!changed.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (wake is { } due && now >= due)
                return due == nextChange ? WatchReason.SiteChangesByItself : WatchReason.Retry;
            var sleep = wake is { } until && until - now < LongestSleep ? until - now : LongestSleep;
            using var stopSleeping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var slept = Task.Delay(sleep, clock, stopSleeping.Token);
            // Said once the timer is set, so whoever moves the clock after hearing it wakes this wait.
            if (!told)
            {
                reporter.Waiting(wake, nextChange);
                told = true;
            }
            await Task.WhenAny(slept, changed).ConfigureAwait(false);
            await stopSleeping.CancelAsync().ConfigureAwait(false);
        }
        return WatchReason.FilesChanged;
    }

    /// <summary>
    /// The next moment the published site changes by itself, as its own status.json says: after a failed build it is the
    /// site still published, whose next moment still comes. A moment already past is no reason to wake.
    /// </summary>
    public static DateTimeOffset? NextChange(string siteDirectory, string? outputDirectory, DateTimeOffset now)
    {
        var config = SiteConfigLoader.Load(siteDirectory, new DiagnosticBag());
        var output = outputDirectory ?? (config is null ? null : Path.Combine(siteDirectory, config.OutputDir));
        var status = output is null ? null : Path.Combine(output, "status.json");
        if (status is null || !File.Exists(status))
            return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(status));
            return json.RootElement.TryGetProperty("nextChange", out var next) && next.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(next.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) && time > now
                ? time : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Why a round of <c>publish --watch</c> began.</summary>
public enum WatchReason
{
    Started,

    /// <summary>A moment of status.json's 'nextChange' came.</summary>
    SiteChangesByItself,

    /// <summary>A file of the site changed.</summary>
    FilesChanged,

    /// <summary>The last round failed on a mirror.</summary>
    Retry,
}

/// <summary>What <see cref="PublishWatch"/> tells its caller: each round is a publish with its own reporter.</summary>
public interface IWatchReporter
{
    /// <summary>A round begins: the reporter its publish tells everything, as a single publish would.</summary>
    IPublishReporter RoundStarted(DateTimeOffset now, WatchReason reason);

    /// <summary>The round is over (its reporter is done with).</summary>
    ValueTask RoundEndedAsync(IPublishReporter round, PublishOutcome outcome);

    /// <summary>Waiting: until <paramref name="wake"/> (null: only for a change of the files); <paramref name="nextChange"/> is the site's own next moment.</summary>
    void Waiting(DateTimeOffset? wake, DateTimeOffset? nextChange);
}
