using System.CommandLine;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Checking;

namespace StaticCrisis.Cli.Commands;

/// <summary>
/// <c>staticcrisis check [SITE_DIR]</c>: everything build does except writing, with the same messages;
/// then, if the output folder exists, that every internal link in it resolves.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var command = new Command("check", Ui.Say(HelpTexts.CommandCheck));
        options.AddTo(command);
        command.SetAction(parse => options.WithSigningKey(options.ToRequest(parse) with { Mode = BuildMode.Check }, parse, parse.InvocationConfiguration.Error) is { } request
            ? Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, options.VerbosityOf(parse))
            : ExitCodes.SiteErrors);
        return command;
    }

    public static int Run(BuildRequest request, TextWriter stdout, TextWriter stderr, Verbosity verbosity = Verbosity.Normal)
    {
        var style = TerminalStyle.For(stderr);
        if (SiteOptions.BuildWithProgress(request, stderr, style, verbosity) is not { } result)
            return ExitCodes.Usage;
        var diagnostics = result.Diagnostics;
        var linksChecked = 0;
        var output = result.OutputDirectory;
        if (result.Succeeded && output is not null && Directory.Exists(output))
        {
            var shown = Path.GetRelativePath(Path.GetFullPath(request.SiteDirectory), output).Replace('\\', '/');
            linksChecked = OutputLinkChecker.Check(output, result.BaseUrl!, shown, diagnostics);
        }
        DiagnosticPrinter.Print(diagnostics, stderr, request.Strict);
        var errors = diagnostics.ErrorCountWhen(request.Strict);
        if (errors > 0)
        {
            stderr.WriteLine(style.Red(Ui.Say(Texts.CheckFailed(errors))));
            return ExitCodes.SiteErrors;
        }
        if (verbosity == Verbosity.Quiet)
            return ExitCodes.Success;
        var stats = result.Statistics!;
        stdout.WriteLine(Ui.Say(Texts.Checked(stats.Updates, stats.Pages, linksChecked, diagnostics.WarningCount, Ui.Say(Texts.UnpublishedSummary(stats.Unpublished)), stats.Elapsed)));
        UnpublishedReport.PrintEach(stdout, stats.Unpublished);
        LanguageReportPrinter.Print(stdout, stats.Languages);
        return ExitCodes.Success;
    }
}
