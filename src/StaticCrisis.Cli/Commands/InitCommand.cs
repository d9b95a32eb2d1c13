using System.CommandLine;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Authoring;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Commands;

/// <summary><c>staticcrisis init [DIR] [--title TEXT] [--language sv|en|fi|fit|se|ar|fa|so|uk] [--base-url URL] [--timezone ZONE]</c></summary>
public static class InitCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = Ui.Say(HelpTexts.InitDir), DefaultValueFactory = _ => "." };
        var title = new Option<string?>("--title") { Description = Ui.Say(HelpTexts.InitTitle) };
        var language = new Option<string>("--language", "-l") { Description = Ui.Say(HelpTexts.InitLanguage), DefaultValueFactory = _ => "sv" };
        language.AcceptOnlyFromAmong([.. StarterSite.Languages]);
        var baseUrl = new Option<string?>("--base-url") { Description = Ui.Say(HelpTexts.InitBaseUrl) };
        var timeZone = new Option<string?>("--timezone") { Description = Ui.Say(HelpTexts.InitTimezone) };
        directory.Validators.Add(SiteOptions.RefuseOptionLike);
        var command = new Command("init", Ui.Say(HelpTexts.CommandInit))
        {
            directory, title, language, baseUrl, timeZone,
        };
        command.SetAction(parse =>
        {
            var request = new StarterRequest
            {
                Directory = parse.GetValue(directory)!,
                Title = parse.GetValue(title),
                Language = parse.GetValue(language)!,
                BaseUrl = parse.GetValue(baseUrl),
                TimeZone = parse.GetValue(timeZone),
                Now = SiteOptions.Now(),
            };
            return Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(StarterRequest request, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var written = StarterSite.Create(request, diagnostics);
        DiagnosticPrinter.Print(diagnostics, stderr, strict: false);
        if (written is null)
            return ExitCodes.SiteErrors;
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(request.Directory));
        var site = shown == "." ? "" : " " + Quote(shown);
        stdout.WriteLine(Ui.Say(Texts.Created(shown, written.Count)));
        stdout.WriteLine(Ui.Say(Texts.NextSteps(site, string.Join(", ", UpdateTemplate.Names(request.Directory)))));
        return ExitCodes.Success;
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
