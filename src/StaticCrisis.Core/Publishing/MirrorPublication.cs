using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Authentication;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// One mirror's way through a publish: connect and plan, then apply and verify. Whatever goes wrong becomes this mirror's
/// <see cref="Failure"/> line (never a stack trace), so the other mirrors carry on.
/// </summary>
public sealed class MirrorPublication(MirrorDefinition mirror, MirrorCredentials credentials) : IAsyncDisposable
{
    private readonly Stopwatch _clock = new();
    private IRemote? _remote;

    public MirrorDefinition Mirror { get; } = mirror;

    public MirrorCredentials Credentials { get; } = credentials;

    public PublishPlan? Plan { get; private set; }

    /// <summary>What went wrong, in words the mirror's owner can act on; null while all is well.</summary>
    public string? Failure { get; private set; }

    /// <summary>Null when the mirror has no publicUrl, or publishing did not get that far.</summary>
    public MirrorVerification? Verification { get; private set; }

    public ApplyProgress Applied { get; private set; }

    public bool Completed { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool Succeeded => Failure is null && Verification?.Succeeded != false;

    /// <summary>Connects and reads the mirror's manifest (and signature) to plan; changes nothing on the mirror.</summary>
    public async Task PrepareAsync(LocalCopy local, CancellationToken cancellationToken)
    {
        _clock.Start();
        var step = "could not connect";
        try
        {
            _remote = RemoteFactory.Create(Mirror, Credentials);
            await _remote.ConnectAsync(cancellationToken);
            step = $"could not read {Sha256Sums.FileName}";
            var manifest = await _remote.ReadAsync(Sha256Sums.FileName, cancellationToken);
            var signature = await _remote.ReadAsync(LocalCopy.SignatureFileName, cancellationToken);
            // The manifest says what the mirror should hold; the listing, where the protocol has one, what it does hold.
            step = "could not list the files on the mirror";
            var listing = await _remote.ListAsync(cancellationToken);
            Plan = PublishPlanner.Plan(local, manifest, signature, listing);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Fail(step, e);
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <summary>Applies the plan, then reads the copy back at its publicUrl when it has one.</summary>
    public async Task PublishAsync(LocalCopy local, IProgress<ApplyProgress> progress, HttpClient http, CancellationToken cancellationToken)
    {
        if (Failure is not null || Plan is null || _remote is null)
            return;
        _clock.Start();
        try
        {
            var tracking = new Progress(this, progress);
            await PlanApplier.ApplyAsync(_remote, local, Plan, tracking, cancellationToken);
            // Checked, not trusted: where the mirror can be listed, it must now hold every file of the site as built.
            if (await _remote.ListAsync(cancellationToken) is { } listing && PublishPlanner.Plan(local, local.Manifest, local.Signature, listing) is { Uploads.Count: > 0 } still)
            {
                Failure = $"after publishing, the mirror still does not hold {still.Uploads.Count} file(s) as built, such as {TerminalText.Escape(still.Uploads[0].Path)}; check the drive or host";
                _clock.Stop();
                return;
            }
            Completed = true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Fail("publishing stopped", e);
            _clock.Stop();
            return;
        }
        if (Mirror.PublicUrl is { } publicUrl)
            Verification = await MirrorVerifier.VerifyAsync(http, publicUrl, local, Plan, cancellationToken);
        _clock.Stop();
    }

    private void Fail(string step, Exception e)
    {
        var detail = e switch
        {
            RemoteException => e.Message,
            ApplyException apply => $"{apply.Step}: {Describe(apply.InnerException!)}",
            _ => Describe(e),
        };
        var text = e is ApplyException ? detail : $"{step}: {detail}";
        Failure = SecretMask.Scrub(text, Credentials.Secrets);
    }

    /// <summary>An I/O or network failure is told by its message; anything else also by its type, as it may be a bug.</summary>
    private static string Describe(Exception e) => e switch
    {
        RemoteException or IOException or SocketException or UnauthorizedAccessException or HttpRequestException or TimeoutException or AuthenticationException => e.Message,
        OperationCanceledException => "timed out",
        _ => $"{e.Message} ({e.GetType().Name}; if this keeps happening, please report it)",
    };

    public async ValueTask DisposeAsync()
    {
        if (_remote is null)
            return;
        try
        {
            await _remote.DisposeAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or RemoteException or ObjectDisposedException)
        {
            // Closing a connection that already failed tells nothing new.
        }
        _remote = null;
    }

    private sealed class Progress(MirrorPublication owner, IProgress<ApplyProgress> display) : IProgress<ApplyProgress>
    {
        public void Report(ApplyProgress value)
        {
            owner.Applied = value;
            display.Report(value);
        }
    }
}
