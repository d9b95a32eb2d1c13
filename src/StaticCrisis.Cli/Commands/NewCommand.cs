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
        var title = new Argument<string>("TITLE") { Description = Ui.Say(HelpTexts.Title), Arity = ArgumentArity.ZeroOrOne };
        var site = new Argument<string>("SITE_DIR") { Description = Ui.Say(HelpTexts.NewSiteDir), DefaultValueFactory = _ => "." };
        site.Validators.Add(SiteOptions.RefuseOptionLike);
        var translationOf = new Option<string?>("--translation-of") { Description = Ui.Say(HelpTexts.TranslationOf), HelpName = "FILE" };
        var language = new Option<string?>("--language") { Description = Ui.Say(HelpTexts.TranslationLanguage), HelpName = "CODE" };
        var severity = new Option<string?>("--severity", "-s") { Description = Ui.Say(HelpTexts.Severity) };
        severity.AcceptOnlyFromAmong("info", "notice", "warning", "critical");
        var services = new Option<string[]>("--service") { Description = Ui.Say(HelpTexts.Service), HelpName = "id=status" };
        var pinned = new Option<bool>("--pinned") { Description = Ui.Say(HelpTexts.Pinned) };
        var template = new Option<string?>("--from-template", "-t") { Description = Ui.Say(HelpTexts.FromTemplate), HelpName = "NAME" };
        var command = new Command("new", Ui.Say(HelpTexts.CommandNew))
        {
            title, site, severity, services, pinned, template, translationOf, language,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(translationOf) is not null)
            {
                if (result.GetValue(language) is null)
                    result.AddError(Ui.Say(HelpTexts.TranslationNeedsLanguage));
            }
            else if (string.IsNullOrWhiteSpace(result.GetValue(title)))
            {
                result.AddError(Ui.Say(HelpTexts.TitleEmpty));
            }
        });
        command.SetAction(parse =>
        {
            // A translation has no title of its own to give: the one word left is the site's folder.
            if (parse.GetValue(translationOf) is { } original)
                return RunTranslation(parse.GetValue(title) ?? parse.GetValue(site)!, original, parse.GetValue(language)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
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

    public static int RunTranslation(string siteDirectory, string original, string language, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(siteDirectory))
        {
            stderr.WriteLine(Ui.Say(Problems.SiteFolderMissing(siteDirectory)));
            return ExitCodes.Usage;
        }
        var diagnostics = new DiagnosticBag();
        var written = TranslationFileWriter.Write(siteDirectory, original, language, diagnostics);
        DiagnosticPrinter.Print(diagnostics, stderr, strict: false);
        if (written is null)
        {
            stderr.WriteLine(Ui.Say(Texts.NoUpdateCreated));
            return ExitCodes.SiteErrors;
        }
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(Path.GetFullPath(siteDirectory), written.Path));
        stdout.WriteLine(shown);
        stderr.WriteLine(Ui.Say(written.Refreshed ? Texts.TranslationRefreshed(shown) : Texts.TranslationBegun(shown)));
        return ExitCodes.Success;
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
            stderr.WriteLine(Ui.Say(Texts.WrittenAsDraft(shown, written.Placeholder)));
        return ExitCodes.Success;
    }
}
