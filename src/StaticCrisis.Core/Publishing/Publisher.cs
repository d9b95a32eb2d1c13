using StaticCrisis.Core.Build.Output;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Core.Publishing;

/// <summary>
/// <c>publish</c>: builds, plans every mirror (nothing touched yet), refuses all if one would delete too much, then
/// publishes to all in parallel and verifies each copy at its public address. What it says goes to the
/// <see cref="IPublishReporter"/>; it prints nothing itself.
/// </summary>
public static class Publisher
{
    public static async Task<PublishOutcome> PublishAsync(PublishRequest request, IPublishReporter reporter, CancellationToken cancellationToken)
    {
        var build = request.Build;
        if (!Directory.Exists(build.SiteDirectory))
        {
            reporter.Refused(Problems.SiteFolderMissing(build.SiteDirectory));
            return PublishOutcome.Usage;
        }

        // 1. Which mirrors, with whose credentials: settled before anything is built or printed, so every line can be masked.
        var configProblems = new DiagnosticBag();
        var config = SiteConfigLoader.Load(build.SiteDirectory, configProblems);
        if (config is null)
        {
            reporter.Diagnostics(configProblems);
            return PublishOutcome.Refused;
        }
        if (config.Mirrors.Count == 0)
        {
            reporter.NoMirrors(Problems.MirrorsNone());
            return PublishOutcome.Refused;
        }
        var unknown = request.Mirrors.Where(name => !config.Mirrors.Any(mirror => string.Equals(mirror.Name, name, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var name in unknown)
            reporter.Refused(Problems.MirrorUnknown(name, config.Mirrors.Select(mirror => mirror.Name)));
        if (unknown.Count > 0)
            return PublishOutcome.Usage;
        var selected = request.Mirrors.Count == 0
            ? config.Mirrors
            : [.. config.Mirrors.Where(mirror => request.Mirrors.Contains(mirror.Name, StringComparer.OrdinalIgnoreCase))];

        var publications = selected.Select(mirror => new MirrorPublication(mirror, reporter.CredentialsFor(mirror))).ToList();
        reporter.KeepSecret([.. publications.SelectMany(publication => publication.Credentials.Secrets)]);
        try
        {
            return await PublishAsync(request, config, configProblems, publications, reporter, cancellationToken);
        }
        finally
        {
            foreach (var publication in publications)
                await publication.DisposeAsync();
        }
    }

    private static async Task<PublishOutcome> PublishAsync(
        PublishRequest request, SiteConfig config, DiagnosticBag configProblems, List<MirrorPublication> publications, IPublishReporter reporter, CancellationToken cancellationToken)
    {
        var build = request.Build;
        var output = Path.GetFullPath(build.OutputDirectory ?? Path.Combine(build.SiteDirectory, config.OutputDir));

        // A folder mirror is written and deleted in: the same guards as the output folder, before anything is built.
        var refused = publications.Select(publication => publication.Mirror)
            .Where(mirror => mirror.Address.Protocol == MirrorProtocol.File)
            .Select(mirror => (mirror, reason: FolderMirrorGuard.Refusal(mirror.Address.Path, build.SiteDirectory, output)))
            .Where(pair => pair.reason is not null).ToList();
        foreach (var (mirror, reason) in refused)
            reporter.Refused(Problems.MirrorFolderRefused(mirror.Location, mirror.Name, mirror.Address.Path, reason!.Value));
        if (refused.Count > 0)
            return PublishOutcome.Refused;

        // 2. A second pair of eyes, where site.yml asks for one: every update that would go out was approved, or the publish
        //    is forced with a reason, recorded against each text it lets through.
        if (config.Review is { Required: true } review && ReviewGate.Unreviewed(build.SiteDirectory, config, review) is { Count: > 0 } unreviewed)
        {
            if (string.IsNullOrWhiteSpace(request.ForceWithoutReview))
            {
                foreach (var (path, _) in unreviewed)
                    reporter.Refused(Problems.NotReviewed(path));
                return PublishOutcome.Refused;
            }
            var records = new Features.Review.ReviewRecords(build.SiteDirectory);
            foreach (var (path, text) in unreviewed.Where(_ => !request.DryRun))
                records.RecordForced(path, text, request.Person, request.ForceWithoutReview.Trim(), build.Now);
        }

        // 3. Build, with the same messages as build; or take the last build as it is.
        if (request.NoBuild)
            reporter.Diagnostics(configProblems);
        else if (!reporter.Build(build))
            return PublishOutcome.BuildFailed;

        // The output stays as it is until every mirror is done: a build beside this publish waits for it.
        OutputLock held;
        try
        {
            held = OutputLock.Acquire(output, build.OutputLockWait);
        }
        catch (OutputLockedException)
        {
            reporter.Refused(Problems.OutputBusy(output, build.OutputLockWait));
            return PublishOutcome.Refused;
        }
        using var _ = held;
        LocalCopy local;
        try
        {
            local = LocalCopy.Load(output);
        }
        catch (LocalCopyException e)
        {
            reporter.Refused(Problems.OutputNotPublishable(e.Message));
            return PublishOutcome.Refused;
        }
        // Without its signature, the real site would verify as "NOT GENUINE" against the key site.yml shows residents.
        if (config.SigningPublicKey is not null && local.Signature is null)
        {
            reporter.Refused(Problems.SignatureMissingForPublish());
            return PublishOutcome.Refused;
        }

        // 4. Plan every mirror: connect and read its manifest, nothing more.
        await Task.WhenAll(publications.Select(publication => Task.Run(() => publication.PrepareAsync(local, cancellationToken), cancellationToken)));
        reporter.Planned(publications);

        // 5. All or nothing: one mirror over the delete limit stops every mirror before any is touched.
        var overLimit = publications.Where(publication => publication.Plan?.Deletions.Count > request.MaxDeletes).ToList();
        foreach (var publication in overLimit)
            reporter.Refused(Problems.DeletesOverLimit(publication.Mirror.Name, publication.Plan!.Deletions.Count, request.MaxDeletes));
        if (overLimit.Count > 0)
            return PublishOutcome.Refused;
        if (request.DryRun)
            return publications.All(publication => publication.Failure is null) ? PublishOutcome.Planned : PublishOutcome.MirrorsFailed;

        // 6. Publish to every mirror at once, each verified at its public address when it has one.
        using (var http = CopyVerifier.CreateClient("staticcrisis-publish"))
        {
            await Task.WhenAll(publications.Select(publication =>
                Task.Run(() => publication.PublishAsync(local, reporter.ProgressOf(publication), http, cancellationToken), cancellationToken)));
        }
        reporter.Applied(publications);
        if (publications.Any(publication => !publication.Succeeded))
            return PublishOutcome.MirrorsFailed;

        // 7. Tell the site's WebSub hub which feeds changed; a refusal is a warning only.
        if (config.Hub is { } hub && ChangedFeeds(config, publications) is { Count: > 0 } changedFeeds)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("staticcrisis-publish");
            var problems = await HubPing.PingAsync(http, hub, changedFeeds, cancellationToken);
            reporter.HubTold(hub, changedFeeds.Count - problems.Count, problems);
        }
        return PublishOutcome.Published;
    }

    private static List<Uri> ChangedFeeds(SiteConfig config, List<MirrorPublication> publications) =>
        [.. publications.SelectMany(publication => publication.Plan!.Uploads).Select(upload => upload.Path)
            .Where(HubPing.IsFeed).Distinct().Order(StringComparer.Ordinal).Select(path => new Uri(config.BaseUrl, path))];
}
