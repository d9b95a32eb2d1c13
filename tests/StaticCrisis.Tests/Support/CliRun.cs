using StaticCrisis.Cli;

namespace StaticCrisis.Tests.Support;

/// <summary>Runs the staticcrisis command in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>In English, as under LANG=en_US.UTF-8, whatever the machine's locale and the site's language.</summary>
    public static CliRun Run(params string[] args) => RunWith(name => name == "LANG" ? "en_US.UTF-8" : null, args);

    /// <summary>With <paramref name="environment"/> as the locale variables (LANG, LC_ALL, LC_MESSAGES) the tool sees.</summary>
    public static CliRun RunWith(Func<string, string?> environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CommandRunner.Run(args, stdout, stderr, environment);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
