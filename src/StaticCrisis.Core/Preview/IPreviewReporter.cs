using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Preview;

/// <summary>What a <see cref="PreviewSession"/> tells its caller; the CLI prints it as <c>build</c> would.</summary>
public interface IPreviewReporter
{
    /// <summary>A build is done, good or bad; <paramref name="shown"/> is what the preview shows now.</summary>
    void Built(BuildResult result, PreviewState shown, bool hadGoodBuild);

    /// <summary>The background pass of the build shown has made every file and found <paramref name="found"/>.</summary>
    void Checked(BuildResult result, DiagnosticBag found, int notMade, TimeSpan elapsed);

    /// <summary>A file of the shown build could not be made: told once per build and file. <paramref name="bug"/> is null for a theme's template that throws, which is a located problem, not a bug.</summary>
    void FileFailed(Diagnostic problem, Exception? bug);

    /// <summary>The background pass itself failed: a bug.</summary>
    void PassFailed(Exception bug);
}
