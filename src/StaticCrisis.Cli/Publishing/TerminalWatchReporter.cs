using System.Globalization;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Publishing;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Cli.Publishing;

/// <summary>
/// Prints <c>publish --watch</c>: a line when each round begins and while it waits; each round prints as a publish does,
/// through its own <see cref="TerminalPublishReporter"/>. A mirror's password is asked for once.
/// </summary>
public sealed class TerminalWatchReporter(TextWriter stdout, TextWriter stderr, bool strict, Verbosity verbosity) : IWatchReporter
{
    private readonly Dictionary<string, MirrorCredentials> _credentials = new(StringComparer.Ordinal);

    public IPublishReporter RoundStarted(DateTimeOffset now, WatchReason reason)
    {
        stdout.WriteLine(Ui.Say(Texts.WatchRound(Time(now), reason)));
        return new TerminalPublishReporter(stdout, stderr, strict, verbosity, _credentials);
    }

    public async ValueTask RoundEndedAsync(IPublishReporter round, PublishOutcome outcome)
    {
        var terminal = (TerminalPublishReporter)round;
        terminal.Ended(outcome, dryRun: false);
        await terminal.DisposeAsync();
    }

    public void Waiting(DateTimeOffset? wake, DateTimeOffset? nextChange) =>
        stdout.WriteLine(Ui.Say(Texts.WatchWaiting(wake is { } time ? Time(time) : null, wake == nextChange)));

    /// <summary>In the terminal's own time zone, to the second: when this machine will act.</summary>
    private static string Time(DateTimeOffset time) => time.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
