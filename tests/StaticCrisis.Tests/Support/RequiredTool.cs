namespace StaticCrisis.Tests.Support;

/// <summary>
/// A real server or program a test needs (sshd, proftpd, minisign, …). Locally, a missing one skips the test with the
/// command that installs it; in CI (CI=true) it fails the test instead, so a missing install step in .ci/run shows.
/// Use in a <c>[SkippableFact]</c>.
/// </summary>
public static class RequiredTool
{
    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the full path of the program (an absolute path, or a name looked up on PATH).</summary>
    public static string Find(string program, string installHint)
    {
        var found = Path.IsPathRooted(program)
            ? (File.Exists(program) ? program : null)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
        if (found is not null)
            return found;
        var message = $"{program} is not installed: {installHint} (bash .ci/run installs it)";
        if (InCi)
            throw new InvalidOperationException(message);
        Skip.If(true, message);
        return null!;
    }
}
