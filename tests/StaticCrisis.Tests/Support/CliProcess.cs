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
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
