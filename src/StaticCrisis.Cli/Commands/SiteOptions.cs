using System.CommandLine;
using System.Globalization;
using StaticCrisis.Cli.Signing;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Commands;

/// <summary>The argument and options that build, check, publish and serve share, so they read the same everywhere.</summary>
public sealed class SiteOptions
{
    public Argument<string> Site { get; } = new("SITE_DIR") { Description = Ui.Say(HelpTexts.SiteDir), DefaultValueFactory = _ => "." };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = Ui.Say(HelpTexts.Output) };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = Ui.Say(HelpTexts.Drafts) };

    public Option<bool> Future { get; } = new("--future") { Description = Ui.Say(HelpTexts.Future) };

    public Option<bool> Strict { get; } = new("--strict") { Description = Ui.Say(HelpTexts.Strict) };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = Ui.Say(HelpTexts.Quiet) };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = Ui.Say(HelpTexts.Verbose) };

    public Option<string?> SigningKey { get; } = new("--signing-key")
    {
        Description = Ui.Say(HelpTexts.SigningKey),
        HelpName = "FILE",
    };

    public SiteOptions()
    {
        // Without this, a mistyped option would be taken for the site folder's name.
        Site.Validators.Add(RefuseOptionLike);
        Verbose.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<bool>() && result.Parent is System.CommandLine.Parsing.CommandResult command && command.GetValue(Quiet))
                result.AddError(Ui.Say(HelpTexts.QuietAndVerbose));
        });
    }

    /// <summary>A folder argument that starts with '-' is a mistyped option, not a folder.</summary>
    public static void RefuseOptionLike(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.GetValueOrDefault<string>() is { } value && value.StartsWith('-'))
            result.AddError(Ui.Say(HelpTexts.UnknownOption(value)));
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Site);
        foreach (var option in new Option[] { Output, Drafts, Future, Strict, Quiet, Verbose, SigningKey })
            command.Options.Add(option);
    }

    public Verbosity VerbosityOf(ParseResult parse) =>
        parse.GetValue(Quiet) ? Verbosity.Quiet : parse.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    /// <summary>The site and which updates to show, for serve: its output is its own and it never fails on warnings.</summary>
    public void AddSelectionTo(Command command)
    {
        command.Arguments.Add(Site);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
    }

    public BuildRequest ToSelectionRequest(ParseResult parse) => new()
    {
        SiteDirectory = parse.GetValue(Site)!,
        IncludeDrafts = parse.GetValue(Drafts),
        IncludeFuture = parse.GetValue(Future),
        Now = Now(),
    };

    public BuildRequest ToRequest(ParseResult parse) => new()
    {
        SiteDirectory = parse.GetValue(Site)!,
        OutputDirectory = parse.GetValue(Output),
        IncludeDrafts = parse.GetValue(Drafts),
        IncludeFuture = parse.GetValue(Future),
        Strict = parse.GetValue(Strict),
        Now = Now(),
        SignatureTime = SourceDateEpoch(),
    };

    /// <summary>
    /// The request with the secret key of <c>--signing-key</c> (or STATICCRISIS_SIGNING_KEY_FILE) opened, so the build signs
    /// its manifest; the request as it was when no key is given; null when the key cannot be opened (the problem is printed).
    /// </summary>
    public BuildRequest? WithSigningKey(BuildRequest request, ParseResult parse, TextWriter stderr)
    {
        var problems = new DiagnosticBag();
        var key = SigningKeyLoader.Load(parse.GetValue(SigningKey), Environment.GetEnvironmentVariable, PassphrasePrompt.Ask, problems);
        if (!problems.HasErrors)
            return request with { SigningKey = key };
        DiagnosticPrinter.Print(problems, stderr, strict: false);
        stderr.WriteLine(TerminalStyle.For(stderr).Red(Ui.Say(Texts.SigningKeyNotOpened)) + " " + Ui.Say(Texts.NothingWritten));
        return null;
    }

    /// <summary>The build's "now": SOURCE_DATE_EPOCH when set (reproducible builds), else the clock.</summary>
    public static DateTimeOffset Now() => SourceDateEpoch() ?? DateTimeOffset.Now;

    /// <summary>SOURCE_DATE_EPOCH (seconds since 1970) as a time, or null when it is not set.</summary>
    public static DateTimeOffset? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Runs the pipeline with progress on stderr, as build and check do; null when the site folder is missing (reported).</summary>
    public static BuildResult? BuildWithProgress(BuildRequest request, TextWriter stderr, TerminalStyle style, Verbosity verbosity)
    {
        if (!Directory.Exists(request.SiteDirectory))
        {
            stderr.WriteLine(Ui.Say(Problems.SiteFolderMissing(request.SiteDirectory)));
            return null;
        }
        return SiteBuilder.Build(request with { Progress = new ProgressDisplay(stderr, style, verbosity) });
    }
}
