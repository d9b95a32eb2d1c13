using System.CommandLine;
using StaticCrisis.Core.Authoring;
using StaticCrisis.Core.Diagnostics;

namespace StaticCrisis.Cli.Commands;

/// <summary><c>staticcrisis new "Title" [--severity …] [--service id=status …] [--pinned] [--from-template NAME] [SITE_DIR]</c></summary>
public static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("TITLE") { Description = "The update's headline" };
        var site = new Argument<string>("SITE_DIR") { Description = "The site folder (default: the current folder)", DefaultValueFactory = _ => "." };
        site.Validators.Add(SiteOptions.RefuseOptionLike);
        title.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
                result.AddError("the title is empty");
        });
        var severity = new Option<string?>("--severity", "-s") { Description = "How serious: info, notice, warning or critical (default: the template's, else info)" };
        severity.AcceptOnlyFromAmong("info", "notice", "warning", "critical");
        var services = new Option<string[]>("--service") { Description = "A service's status as of this update, as id=status (status: operational, degraded, manual, down); repeat for more", HelpName = "id=status" };
        var pinned = new Option<bool>("--pinned") { Description = "Show this update as \"the situation now\" on the home page" };
        var template = new Option<string?>("--from-template", "-t") { Description = "Start from a prepared message in the site's templates/ folder", HelpName = "NAME" };
        var command = new Command("new", """
            Create an update in content/updates/, named after today's date and the title, with the date
            (now, in the site's time zone) and front matter filled in. Prints the new file's path.
            Never overwrites: if the name is taken, -2, -3 ... is added.

            Examples:
              staticcrisis new "Vattnet är tillbaka i Norrby" --service vatten=operational
              staticcrisis new "Koka vattnet i Norrby" --from-template vattenavbrott --pinned
              staticcrisis new "Lönerna betalas ut manuellt" --severity warning --service lon=manual my-site
            """)
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
            stderr.WriteLine($"staticcrisis: the site folder '{request.SiteDirectory}' does not exist");
            return ExitCodes.Usage;
        }
        var diagnostics = new DiagnosticBag();
        var path = UpdateFileWriter.Create(request, diagnostics);
        DiagnosticPrinter.Print(diagnostics, stderr, strict: false);
        if (path is null)
        {
            stderr.WriteLine("No update was created.");
            return ExitCodes.SiteErrors;
        }
        stdout.WriteLine(Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(Path.GetFullPath(request.SiteDirectory), path)));
        return ExitCodes.Success;
    }
}
