using System.CommandLine;
using System.Globalization;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Commands;

/// <summary>
/// <c>staticcrisis verify URL [--public-key KEY] [--site DIR]</c>: parses, lets <see cref="CopyVerification"/> judge the
/// copy, and prints its findings. Exit 0 when the verdict is good.
/// </summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("URL") { Description = Ui.Say(HelpTexts.VerifyUrl) };
        var publicKey = new Option<string?>("--public-key", "-p") { Description = Ui.Say(HelpTexts.PublicKey), HelpName = "KEY" };
        var site = new Option<string>("--site") { Description = Ui.Say(HelpTexts.VerifySite), DefaultValueFactory = _ => ".", HelpName = "DIR" };
        var command = new Command("verify", Ui.Say(HelpTexts.CommandVerify));
        command.Arguments.Add(url);
        command.Options.Add(publicKey);
        command.Options.Add(site);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(url)!, parse.GetValue(publicKey), parse.GetValue(site)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string address, string? publicKeyOption, string siteDirectory, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (CopyAddress.Parse(address) is not { } copy)
        {
            stderr.WriteLine(Ui.Say(Problems.NotACopyAddress(address)));
            return ExitCodes.Usage;
        }
        var (key, keySource, exitCode) = PublicKey(publicKeyOption, siteDirectory, stderr);
        if (exitCode is { } failed)
            return failed;

        using var http = CopyVerifier.CreateClient("staticcrisis-verify");
        var verification = await CopyVerification.RunAsync(http, copy, key, cancellationToken);
        Print(verification, key, keySource, stdout, stderr);
        if (await ReviewAttestation.ReadAsync(http, verification, cancellationToken) is { } review)
            stdout.WriteLine(Ui.Say(Texts.Reviewed(review.Approved, review.Updates)));
        return verification.Good ? ExitCodes.Success : ExitCodes.SiteErrors;
    }

    private static void Print(CopyVerification verification, MinisignPublicKey? key, string? keySource, TextWriter stdout, TextWriter stderr)
    {
        var style = TerminalStyle.For(stdout);
        var copy = verification.Copy;
        if (verification.Listed is not { } listed)
        {
            var where = new Uri(copy, Sha256Sums.FileName).ToString();
            stderr.WriteLine(Ui.Say(verification.ManifestProblem is { } problem ? Problems.ManifestUnreadable(where, problem) : Problems.NotAManifest(where)));
            stdout.WriteLine(style.Red(Ui.Say(Texts.VerdictNoManifest)));
            return;
        }
        stdout.WriteLine(Ui.Say(Texts.CheckingAgainst(copy.ToString(), Sha256Sums.FileName, listed)));
        stdout.WriteLine(SignatureLine(verification, key, keySource, style));
        foreach (var check in verification.Files.Where(check => !check.Matches))
        {
            stdout.WriteLine(check.ActualHash is null
                ? $"  {style.Red(Ui.Say(Texts.Missing))} {TerminalText.Escape(check.Path)} ({check.Problem})"
                : $"  {style.Red(Ui.Say(Texts.Different))} {TerminalText.Escape(check.Path)}");
        }
        var (different, missing) = (verification.Different, verification.Missing);
        stdout.WriteLine(Ui.Say(Texts.FilesTally(verification.Files.Count - different - missing, different, missing)));
        var verdict = verification.Verdict switch
        {
            CopyVerdict.GenuineAndComplete => Texts.GenuineAndComplete,
            CopyVerdict.DamagedOrAltered => Texts.DamagedOrAltered(different + missing),
            CopyVerdict.NotGenuineSignature => Texts.NotGenuineSignature,
            CopyVerdict.NotGenuineUnsigned => Texts.NotGenuineUnsigned,
            CopyVerdict.CompleteNotProven => Texts.CompleteNotProven,
            _ => Texts.Incomplete(different + missing),
        };
        stdout.WriteLine((verification.Good ? style.Green(Ui.Say(Texts.VerdictWord)) : style.Red(Ui.Say(Texts.VerdictWord))) + Ui.Say(verdict));
    }

    private static string SignatureLine(CopyVerification verification, MinisignPublicKey? key, string? keySource, TerminalStyle style)
    {
        if (verification.SignatureRead is not { } signature)
        {
            var why = Ui.Say(verification.SignatureFetched ? Texts.SignatureNotAMinisign(ManifestSigner.FileName) : Texts.SignatureFileAbsent(ManifestSigner.FileName, verification.SignatureProblem));
            return key is null ? Ui.Say(Texts.SignatureNone(why)) : style.Red(Ui.Say(Texts.SignatureMissing)) + $" ({why}).";
        }
        var names = Describe(ManifestComment.Parse(signature.TrustedComment));
        if (key is null)
            return Ui.Say(Texts.SignatureNotChecked(signature.KeyIdHex, names));
        if (verification.Signature == SignatureState.Valid)
            return style.Green(Ui.Say(Texts.SignatureValid)) + Ui.Say(Texts.ByKey(key.KeyIdHex, keySource, names));
        return style.Red(Ui.Say(Texts.SignatureInvalid)) + " " + Ui.Say(verification.SignatureFailure switch
        {
            SignatureCheck.OtherKey => Texts.OtherKey(signature.KeyIdHex, key.KeyIdHex, keySource),
            SignatureCheck.FileChanged => Texts.ManifestChanged(Sha256Sums.FileName),
            _ => Texts.CommentChanged,
        });
    }

    /// <summary>What the signed comment says: the site and how new the manifest is.</summary>
    private static string Describe(ManifestComment comment)
    {
        var parts = new List<string>();
        if (comment.Title is not null || comment.Site is not null)
            parts.Add(Ui.Say(Texts.SignedFor(string.Join(" ", new[] { comment.Title, comment.Site is null ? null : $"<{comment.Site}>" }.OfType<string>()))));
        if (comment.Time is { } time)
            parts.Add(Ui.Say(Texts.SignedAsOf(time.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))));
        return parts.Count == 0 ? "" : Ui.Say(Texts.SignedWord) + TerminalText.Escape(string.Join(", ", parts));
    }

    /// <summary>The key to check with and where it came from: --public-key (a key or a .pub file), else the site's; none is not an error.</summary>
    private static (MinisignPublicKey? Key, string? Source, int? ExitCode) PublicKey(string? option, string siteDirectory, TextWriter stderr)
    {
        if (option is not null)
        {
            var fromFile = File.Exists(option);
            var key = MinisignPublicKey.ParseFileOrKey(fromFile ? File.ReadAllText(option) : option);
            if (key is null)
            {
                stderr.WriteLine(Ui.Say(fromFile ? Problems.NotAKeyFile(option) : Problems.NotAKey(option)));
                return (null, null, ExitCodes.Usage);
            }
            return (key, fromFile ? option : "--public-key", null);
        }
        var problems = new DiagnosticBag();
        var (siteKey, source) = SitePublicKey.Read(siteDirectory, problems);
        if (problems.HasErrors)
        {
            DiagnosticPrinter.Print(problems, stderr, strict: false);
            stderr.WriteLine(Ui.Say(Problems.SiteUnreadableForKey()));
            return (null, null, ExitCodes.SiteErrors);
        }
        return (siteKey, source, null);
    }
}
