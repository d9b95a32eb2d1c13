using System.Diagnostics;

namespace StaticCrisis.Tests.Support;

/// <summary>The real minisign program (Debian package minisign), run with its output captured and an optional line on stdin (its password).</summary>
public static class MinisignTool
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string workingDirectory, string? input, params string[] args)
    {
        var program = RequiredTool.Find("minisign", "apt-get install minisign");
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        if (input is not null)
            process.StandardInput.WriteLine(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }
}
