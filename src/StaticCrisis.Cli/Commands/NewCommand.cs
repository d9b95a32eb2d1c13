using System.CommandLine;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Authoring;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Commands;

/// <summary><c>staticcrisis new "Title" [--severity …] [--service id=status …] [--pinned] [--from-template NAME] [SITE_DIR]</c></summary>
public static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("TITLE") { Description = Ui.Say(HelpTexts.Title) };
        var site = new Argument<string>("SITE_DIR") { Description = Ui.Say(HelpTexts.NewSiteDir), DefaultValueFactory = _ => "." };
        site.Validators.Add(SiteOptions.RefuseOptionLike);
        title.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
                result.AddError(Ui.Say(HelpTexts.TitleEmpty));
        });
        var severity = new Option<string?>("--severity", "-s") { Description = Ui.Say(HelpTexts.Severity) };
        severity.AcceptOnlyFromAmong("info", "notice", "warning", "critical");
        var services = new Option<string[]>("--service") { Description = Ui.Say(HelpTexts.Service), HelpName = "id=status" };
        var pinned = new Option<bool>("--pinned") { Description = Ui.Say(HelpTexts.Pinned) };
        var template = new Option<string?>("--from-template", "-t") { Description = Ui.Say(HelpTexts.FromTemplate), HelpName = "NAME" };
        var command = new Command("new", Ui.Say(HelpTexts.CommandNew))
        {
            title, site, severity, services, pinned, template,
        };
        command.SetAction(parse =>
        {
            var request = new NewUpdateRequest
            {
                SiteDirectory = parse.GetValue(site)!,
                Title = parse.GetValue(title)!,
                Severity = parse.GetValue(severity),
                Services = parse.GetValue(services) ?? [],
                Pinned = parse.GetValue(pinned),
                Template = parse.GetValue(template),
                Now = SiteOptions.Now(),
            };
            return Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(NewUpdateRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(request.SiteDirectory))
        {
            stderr.WriteLine(Ui.Say(Problems.SiteFolderMissing(request.SiteDirectory)));
            return ExitCodes.Usage;
        }
        var diagnostics = new DiagnosticBag();
        var written = UpdateFileWriter.CreateUpdate(request, diagnostics);
        DiagnosticPrinter.Print(diagnostics, stderr, strict: false);
        if (written is null)
        {
            stderr.WriteLine(Ui.Say(Texts.NoUpdateCreated));
            return ExitCodes.SiteErrors;
        }
        // The path alone on stdout, for scripts and editors; the advice on stderr.
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(Path.GetFullPath(request.SiteDirectory), written.Path));
        stdout.WriteLine(shown);
        if (written.IsDraft)
            stderr.WriteLine(Ui.Say(Texts.WrittenAsDraft(shown)));
        return ExitCodes.Success;
    }
}
