using StaticCrisis.Cli.Commands;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Cli.Publishing;

/// <summary>
/// Prints a publish: problems and progress on stderr, plans and results on stdout. Once the mirrors' secrets are known,
/// every line passes through a <see cref="SecretScrubbingWriter"/>.
/// </summary>
/// <param name="known">Credentials asked for before, by mirror name: publish --watch asks once, not every round.</param>
public sealed class TerminalPublishReporter(TextWriter stdout, TextWriter stderr, bool strict, Verbosity verbosity, Dictionary<string, MirrorCredentials>? known = null) : IPublishReporter, IAsyncDisposable
{
    private readonly TerminalStyle _style = TerminalStyle.For(stderr);
    private readonly TextWriter _terminalErr = stderr;
    private TextWriter _out = stdout;
    private TextWriter _err = stderr;
    private SecretScrubbingWriter? _scrubbedOut;
    private SecretScrubbingWriter? _scrubbedErr;
    private PublishProgressDisplay? _progress;
    private int _publications;

    public MirrorCredentials CredentialsFor(MirrorDefinition mirror)
    {
        if (known?.GetValueOrDefault(mirror.Name) is { } remembered)
            return remembered;
        var credentials = MirrorCredentials.FromEnvironment(mirror.Name, Environment.GetEnvironmentVariable);
        if (PasswordPrompt.IsNeeded(mirror, credentials) && PasswordPrompt.CanAsk(_terminalErr))
            credentials = credentials with { Password = PasswordPrompt.Ask(mirror, _terminalErr) };
        known?[mirror.Name] = credentials;
        return credentials;
    }

    public void KeepSecret(IReadOnlyList<string> secrets)
    {
        _out = _scrubbedOut = new SecretScrubbingWriter(_out, secrets);
        _err = _scrubbedErr = new SecretScrubbingWriter(_err, secrets);
        _progress = new PublishProgressDisplay(_err, _style, verbosity);
    }

    public void Diagnostics(DiagnosticBag diagnostics) => DiagnosticPrinter.Print(diagnostics, _err, strict);

    public void Refused(Diagnostic problem) => _err.WriteLine(Ui.Say(problem));

    public void NoMirrors(Diagnostic problem)
    {
        _err.WriteLine(Ui.Say(problem));
        _err.WriteLine(Ui.Say(Texts.MirrorsExample));
        _err.WriteLine("""

            mirrors:
              - name: usb
                url: file:///media/usb/krisinfo/
              - name: webbhotell
                url: sftp://kris@ftp.example-host.se/public_html/info/
                publicUrl: https://kris.example.org/info/
                hostKey: "SHA256:…"     # ssh-keygen -lf of the server's ed25519 host key
            """);
    }

    public bool Build(BuildRequest request) => BuildCommand.Run(request, _out, _err, verbosity) == ExitCodes.Success;

    public void Planned(IReadOnlyList<MirrorPublication> publications)
    {
        _publications = publications.Count;
        foreach (var publication in publications)
        {
            if (publication.Failure is not null)
                _err.WriteLine(_style.Red(Ui.Say(Texts.MirrorFailed(publication.Mirror.Name, publication.Failure))));
            else if (verbosity != Verbosity.Quiet)
                PublishReport.PrintPlan(_out, publication, verbosity == Verbosity.Verbose);
        }
    }

    public IProgress<ApplyProgress> ProgressOf(MirrorPublication publication) => _progress!.For(publication.Mirror.Name);

    public void Applied(IReadOnlyList<MirrorPublication> publications)
    {
        _progress?.Clear();
        if (verbosity != Verbosity.Quiet)
            PublishReport.PrintResults(_out, publications);
        foreach (var publication in publications)
        {
            if (publication.Failure is not null && publication.Plan is not null)
                _err.WriteLine(_style.Red(Ui.Say(Texts.MirrorFailed(publication.Mirror.Name, publication.Failure))) + " " + Ui.Say(Texts.RunAgainToResume));
            foreach (var problem in publication.Verification?.Problems ?? [])
                _err.WriteLine(_style.Red(Ui.Say(Texts.MirrorNotVerified(publication.Mirror.Name, publication.Mirror.PublicUrl, problem))));
        }
        var failed = publications.Where(publication => !publication.Succeeded).Select(publication => publication.Mirror.Name).ToList();
        if (failed.Count > 0)
            _err.WriteLine(_style.Red(Ui.Say(Texts.PublishingFailed(failed.Count, publications.Count, string.Join(", ", failed)))));
    }

    public void HubTold(Uri hub, int told, IReadOnlyList<string> refusals)
    {
        foreach (var refusal in refusals)
            _err.WriteLine(Ui.Say(Problems.HubRefused(hub.ToString(), refusal)));
        if (verbosity != Verbosity.Quiet && told > 0)
            _out.WriteLine(Ui.Say(Texts.HubTold(hub.ToString(), told)));
    }

    /// <summary>The last line: the dry run's end, or the publish's.</summary>
    public void Ended(PublishOutcome outcome, bool dryRun)
    {
        if (verbosity == Verbosity.Quiet)
            return;
        if (dryRun && outcome is PublishOutcome.Planned or PublishOutcome.MirrorsFailed)
            _out.WriteLine(Ui.Say(Texts.DryRunDone));
        else if (outcome == PublishOutcome.Published)
            _out.WriteLine(TerminalStyle.For(_out).Green(Ui.Say(Texts.PublishedWord)) + Ui.Say(Texts.Published(_publications)));
    }

    public async ValueTask DisposeAsync()
    {
        if (_scrubbedOut is not null)
            await _scrubbedOut.DisposeAsync();
        if (_scrubbedErr is not null)
            await _scrubbedErr.DisposeAsync();
    }
}
