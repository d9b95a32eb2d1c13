using System.CommandLine;

namespace StaticCrisis.Cli;

/// <summary>Parses, runs, and turns what can go wrong into exit codes: usage errors are 2, our own bugs 3 with a plea to report.</summary>
public static class CommandRunner
{
    public static int Run(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null) =>
        RunAsync(root, args, stdout, stderr, CancellationToken.None).GetAwaiter().GetResult();

    /// <param name="cancellationToken">Stops a long-running command (serve) as Ctrl+C does.</param>
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? stdout, TextWriter? stderr, CancellationToken cancellationToken)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
                stderr.WriteLine($"staticcrisis: {error.Message}");
            stderr.WriteLine("Run 'staticcrisis --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            // No ProcessTerminationTimeout: Ctrl+C ends build and check at once (their output is atomic), and serve handles it
            // itself so it can stop the server and remove its folder before exiting with 0.
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"staticcrisis: error SC3003: could not read or write a file: {e.Message}");
            return ExitCodes.SiteErrors;
        }
        catch (Exception e)
        {
            stderr.WriteLine("staticcrisis: internal error; this is a bug in staticcrisis, please report it with the text below.");
            stderr.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
    }
}
