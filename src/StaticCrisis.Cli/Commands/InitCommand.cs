using System.CommandLine;
using StaticCrisis.Core.Authoring;
using StaticCrisis.Core.Diagnostics;

namespace StaticCrisis.Cli.Commands;

/// <summary><c>staticcrisis init [DIR] [--title TEXT] [--language sv|en] [--base-url URL] [--timezone ZONE]</c></summary>
public static class InitCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "The folder to create the site in (default: the current folder); created if missing", DefaultValueFactory = _ => "." };
        var title = new Option<string?>("--title") { Description = "The site's name, shown on every page (you can change it in site.yml later)" };
        var language = new Option<string>("--language", "-l") { Description = "Language of the site and of the prepared messages", DefaultValueFactory = _ => "sv" };
        language.AcceptOnlyFromAmong([.. StarterFiles.Languages]);
        var baseUrl = new Option<string?>("--base-url") { Description = "The address the site will have, e.g. https://kris.example.org/ (you can change it in site.yml later)" };
        var timeZone = new Option<string?>("--timezone") { Description = "IANA time zone of the dates (default: Europe/Stockholm for sv, else this computer's zone)" };
        directory.Validators.Add(SiteOptions.RefuseOptionLike);
        var command = new Command("init", """
            Create a new site that builds as it is: site.yml with every option explained, a first update,
            prepared messages for the first hours of common crises in templates/, and a note on themes.
            Refuses a folder that already has a site; never changes an existing file.

            Examples:
              staticcrisis init krisinfo --title "Alvby kommun – krisinformation" --base-url https://kris.alvby.se/
              staticcrisis init crisis-site --language en --title "Ourtown Council – emergency information"
              staticcrisis init                  (in the current folder)
            """)
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
        stdout.WriteLine($"Created a site in {shown} ({written.Count} files).");
        stdout.WriteLine();
        stdout.WriteLine("Next:");
        stdout.WriteLine("  1. Edit site.yml: title, baseUrl, contact and services.");
        stdout.WriteLine($"  2. Preview while you write:   staticcrisis serve{site}");
        stdout.WriteLine($"  3. Write an update:           staticcrisis new \"Title\" --from-template NAME{(site.Length > 0 ? " " + site.Trim() : "")}");
        stdout.WriteLine($"     Templates: {string.Join(", ", UpdateTemplate.Names(request.Directory))}");
        stdout.WriteLine($"  4. Build, then upload the output folder anywhere:   staticcrisis build{site}");
        return ExitCodes.Success;
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
