using StaticCrisis.Core.Build;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Core.Publishing;

/// <summary>What <see cref="Publisher"/> tells, and asks, its caller at each step; the CLI prints it to the terminal.</summary>
public interface IPublishReporter
{
    /// <summary>A mirror's credentials: from the environment, or asked for where a person can answer.</summary>
    MirrorCredentials CredentialsFor(MirrorDefinition mirror);

    /// <summary>Every secret of the mirrors chosen: nothing said after this may show one.</summary>
    void KeepSecret(IReadOnlyList<string> secrets);

    /// <summary>Problems of site.yml (when it could not be read, or when publish does not build).</summary>
    void Diagnostics(DiagnosticBag diagnostics);

    /// <summary>A problem that stops the publish before any mirror is touched.</summary>
    void Refused(Diagnostic problem);

    /// <summary>site.yml lists no mirrors: the problem, with an example of a 'mirrors:' list.</summary>
    void NoMirrors(Diagnostic problem);

    /// <summary>Builds the site as <c>build</c> does, with its messages; false when the build failed.</summary>
    bool Build(BuildRequest request);

    /// <summary>Every mirror is planned (or failed to connect); nothing is touched yet.</summary>
    void Planned(IReadOnlyList<MirrorPublication> publications);

    /// <summary>Where one mirror reports its uploads and deletions while it is published.</summary>
    IProgress<ApplyProgress> ProgressOf(MirrorPublication publication);

    /// <summary>Every mirror is published and verified, or failed.</summary>
    void Applied(IReadOnlyList<MirrorPublication> publications);

    /// <summary>The WebSub hub was told of <paramref name="told"/> changed feeds; each refusal is one problem.</summary>
    void HubTold(Uri hub, int told, IReadOnlyList<string> refusals);
}
