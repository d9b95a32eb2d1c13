using System.Diagnostics;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// The staticcrisis command run as its own process, for what in-process runs cannot set: environment variables (which
/// are process-wide, and tests run in parallel) and input that is not a terminal.
/// </summary>
public static class CliProcess
{
    public static CliRun Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the command and returns at once; read its output (or it may stall on a full pipe) and wait for it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // STATICCRISIS_EXE names another build of the tool to run instead, such as the single-file executable.
        var executable = Environment.GetEnvironmentVariable("STATICCRISIS_EXE");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(executable) ? "dotnet" : executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (string.IsNullOrEmpty(executable))
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "staticcrisis.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // Only what the test gives: a signing key of the person running the tests must not leak in.
        start.Environment.Remove("STATICCRISIS_SIGNING_KEY_FILE");
        start.Environment.Remove("STATICCRISIS_SIGNING_KEY_PASSWORD");
        // English unless the test asks for another language, whatever the machine's locale.
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = "en_US.UTF-8";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Waits for a started command (at most <paramref name="patience"/>) and returns what it printed.</summary>
    public static CliRun Finish(Process process, TimeSpan patience)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"staticcrisis did not finish within {patience.TotalSeconds} s");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
