using System.CommandLine;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Threading;

namespace StaticCrisis.Cli;

/// <summary>Parses, runs, and turns what can go wrong into exit codes: usage errors are 2, our own bugs 3 with a plea to report.</summary>
public static class CommandRunner
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, Func<string, string?>? environment = null) =>
        Synchronously.Wait(() => RunAsync(args, stdout, stderr, CancellationToken.None, environment));

    /// <param name="cancellationToken">Stops a long-running command (serve) as Ctrl+C does.</param>
    /// <param name="environment">Where LANG and friends are read (default: this process's environment).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout, TextWriter? stderr, CancellationToken cancellationToken, Func<string, string?>? environment = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        // The command line is read once in English to find the language; only another language makes its commands anew.
        Ui.Language = UiLanguage.English;
        var parseResult = RootCommandFactory.Create().Parse(args);
        Ui.Language = ChooseLanguage(parseResult, environment ?? Environment.GetEnvironmentVariable);
        if (Ui.Language != UiLanguage.English)
            parseResult = RootCommandFactory.Create().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
                stderr.WriteLine(Ui.Say(Problems.CommandLine(error.Message)));
            stderr.WriteLine(Ui.Say(Texts.UsageHint));
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
            stderr.WriteLine(Ui.Say(Problems.FileProblem(e.Message)));
            return ExitCodes.SiteErrors;
        }
        catch (Exception e)
        {
            stderr.WriteLine(Ui.Say(Problems.InternalError()));
            stderr.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// --ui-language, else the locale, else the language of the site the command works on: the SITE_DIR (or --site) given,
    /// else the current folder; help is then shown in the choice.
    /// </summary>
    private static UiLanguage ChooseLanguage(ParseResult parse, Func<string, string?> environment)
    {
        string? option = null;
        string? site = null;
        try
        {
            option = parse.GetValue<string?>(RootCommandFactory.UiLanguageName);
            foreach (var symbol in parse.CommandResult.Command.Arguments.Cast<System.CommandLine.Symbol>().Concat(parse.CommandResult.Command.Options))
            {
                if (symbol.Name is "SITE_DIR" or "--site" or "DIR" && parse.GetResult(symbol) is { } given)
                    site = given is System.CommandLine.Parsing.ArgumentResult argument ? argument.GetValueOrDefault<string>() : (given as System.CommandLine.Parsing.OptionResult)?.GetValueOrDefault<string>();
            }
        }
        catch (InvalidOperationException)
        {
            // A command line with errors: its usage message is shown in the language of the locale or the current folder's site.
        }
        return UiLanguages.Choose(option, environment, () => SiteLanguage.Peek(site ?? "."));
    }
}
