using System.CommandLine;
using System.Globalization;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build.Configuration;
using StaticCrisis.Core.Features.Accessibility;
using StaticCrisis.Core.Features.Cap;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Cli.Commands;

/// <summary>
/// <c>staticcrisis verify URL [--public-key KEY] [--site DIR]</c>: is the copy at URL the site, whole and unchanged? Checks
/// the signature of its SHA256SUMS with the site's public key, then fetches every listed file and compares its hash.
/// Exit 0 when the signature is valid and every file matches (or, with no key at all, when every file matches).
/// </summary>
public static class VerifyCommand
{
    private const int Parallelism = 8;

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
        if (CopyAddress(address) is not { } copy)
        {
            stderr.WriteLine(Ui.Say(Texts.NotAnAddress(address)));
            return ExitCodes.Usage;
        }
        var (key, keySource, exitCode) = PublicKey(publicKeyOption, siteDirectory, stderr);
        if (exitCode is { } failed)
            return failed;

        var style = TerminalStyle.For(stdout);
        using var http = CopyVerifier.CreateClient("staticcrisis-verify");
        var (manifestBytes, manifestProblem) = await CopyVerifier.FetchFileAsync(http, copy, Sha256Sums.FileName, cancellationToken);
        var manifest = manifestBytes is null ? null : Sha256Sums.Parse(System.Text.Encoding.UTF8.GetString(manifestBytes));
        if (manifest is null)
        {
            var where = new Uri(copy, Sha256Sums.FileName).ToString();
            stderr.WriteLine(Ui.Say(manifestProblem is null ? Texts.NotAManifest(where) : Texts.ManifestUnreadable(where, manifestProblem)));
            stdout.WriteLine(style.Red(Ui.Say(Texts.VerdictNoManifest)));
            return ExitCodes.SiteErrors;
        }
        stdout.WriteLine(Ui.Say(Texts.CheckingAgainst(copy.ToString(), Sha256Sums.FileName, manifest.Count)));

        var (signatureBytes, signatureProblem) = await CopyVerifier.FetchFileAsync(http, copy, ManifestSigner.FileName, cancellationToken);
        var signature = signatureBytes is null ? null : MinisignSignature.Parse(System.Text.Encoding.UTF8.GetString(signatureBytes));
        var signatureState = CheckSignature(signature, signatureBytes is not null, signatureProblem, key, keySource, manifestBytes!, stdout, style);

        var checks = await CopyVerifier.CheckFilesAsync(http, copy, [.. manifest.Select(entry => (entry.Key, entry.Value)).OrderBy(entry => entry.Key, StringComparer.Ordinal)], Parallelism, cancellationToken);
        checks = await RetryUnfetched(http, copy, checks, cancellationToken);
        var different = 0;
        var missing = 0;
        foreach (var check in checks.Where(check => !check.Matches))
        {
            if (check.ActualHash is null)
            {
                missing++;
                stdout.WriteLine($"  {style.Red(Ui.Say(Texts.Missing))} {TerminalText.Escape(check.Path)} ({check.Problem})");
            }
            else
            {
                different++;
                stdout.WriteLine($"  {style.Red(Ui.Say(Texts.Different))} {TerminalText.Escape(check.Path)}");
            }
        }
        var ok = checks.Count - different - missing;
        stdout.WriteLine(Ui.Say(Texts.FilesTally(ok, different, missing)));

        var filesMatch = different + missing == 0;
        var (verdict, good) = (signatureState, filesMatch) switch
        {
            (SignatureState.Valid, true) => (Texts.GenuineAndComplete, true),
            (SignatureState.Valid, false) => (Texts.DamagedOrAltered(different + missing), false),
            (SignatureState.Invalid, _) => (Texts.NotGenuineSignature, false),
            (SignatureState.Missing, _) => (Texts.NotGenuineUnsigned, false),
            (SignatureState.NoKey, true) => (Texts.CompleteNotProven, true),
            (SignatureState.NoKey, false) => (Texts.Incomplete(different + missing), false),
            _ => throw new InvalidOperationException(),
        };
        stdout.WriteLine((good ? style.Green(Ui.Say(Texts.VerdictWord)) : style.Red(Ui.Say(Texts.VerdictWord))) + Ui.Say(verdict));
        return good ? ExitCodes.Success : ExitCodes.SiteErrors;
    }

    /// <summary>
    /// A busy host drops some of several parallel connections; a file it could not deliver is asked for once more, one at a
    /// time, so "MISSING" means missing rather than a moment's overload.
    /// </summary>
    private static async Task<IReadOnlyList<FileCheck>> RetryUnfetched(HttpClient http, Uri copy, IReadOnlyList<FileCheck> checks, CancellationToken cancellationToken)
    {
        var unfetched = checks.Where(check => check.ActualHash is null).Select(check => (check.Path, check.ExpectedHash)).ToList();
        if (unfetched.Count == 0)
            return checks;
        var again = (await CopyVerifier.CheckFilesAsync(http, copy, unfetched, 1, cancellationToken)).ToDictionary(check => check.Path, StringComparer.Ordinal);
        return [.. checks.Select(check => again.GetValueOrDefault(check.Path, check))];
    }

    private enum SignatureState
    {
        Valid,
        Invalid,
        Missing,
        NoKey,
    }

    private static SignatureState CheckSignature(MinisignSignature? signature, bool fetched, string? fetchProblem, MinisignPublicKey? key, string? keySource, byte[] manifest, TextWriter stdout, TerminalStyle style)
    {
        if (signature is null)
        {
            var why = Ui.Say(fetched ? Texts.SignatureNotAMinisign(ManifestSigner.FileName) : Texts.SignatureFileAbsent(ManifestSigner.FileName, fetchProblem));
            stdout.WriteLine(key is null ? Ui.Say(Texts.SignatureNone(why)) : style.Red(Ui.Say(Texts.SignatureMissing)) + $" ({why}).");
            return key is null ? SignatureState.NoKey : SignatureState.Missing;
        }
        var comment = ManifestComment.Parse(signature.TrustedComment);
        var names = Describe(comment);
        if (key is null)
        {
            stdout.WriteLine(Ui.Say(Texts.SignatureNotChecked(signature.KeyIdHex, names)));
            return SignatureState.NoKey;
        }
        var check = signature.Verify(key, manifest);
        if (check == SignatureCheck.Valid)
        {
            stdout.WriteLine(style.Green(Ui.Say(Texts.SignatureValid)) + Ui.Say(Texts.ByKey(key.KeyIdHex, keySource, names)));
            return SignatureState.Valid;
        }
        stdout.WriteLine(style.Red(Ui.Say(Texts.SignatureInvalid)) + " " + Ui.Say(check switch
        {
            SignatureCheck.OtherKey => Texts.OtherKey(signature.KeyIdHex, key.KeyIdHex, keySource),
            SignatureCheck.FileChanged => Texts.ManifestChanged(Sha256Sums.FileName),
            _ => Texts.CommentChanged,
        }));
        return SignatureState.Invalid;
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

    /// <summary>The copy's folder address, always ending in '/'; the manifest's own address is taken for its folder.</summary>
    /// <remarks>A folder path (a USB stick) or a file:// address is read from disk, as a web address is over HTTP.</remarks>
    private static Uri? CopyAddress(string address)
    {
        address = address.Trim();
        if (!address.Contains("://", StringComparison.Ordinal) && Directory.Exists(address))
            return new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(address)) + "/");
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
            return null;
        if (uri.IsFile)
            return Directory.Exists(uri.LocalPath) || uri.LocalPath.EndsWith("/" + Sha256Sums.FileName, StringComparison.Ordinal)
                ? new Uri(uri.LocalPath.EndsWith("/" + Sha256Sums.FileName, StringComparison.Ordinal) ? uri.LocalPath[..^Sha256Sums.FileName.Length] : Path.TrimEndingDirectorySeparator(uri.LocalPath) + "/")
                : null;
        if ((uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
            return null;
        var path = uri.AbsolutePath;
        if (path.EndsWith("/" + Sha256Sums.FileName, StringComparison.Ordinal))
            path = path[..^Sha256Sums.FileName.Length];
        else if (!path.EndsWith('/'))
            path += "/";
        return new UriBuilder(uri) { Path = path, Query = "", Fragment = "" }.Uri;
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
                stderr.WriteLine(Ui.Say(fromFile ? Texts.NotAKeyFile(option) : Texts.NotAKey(option)));
                return (null, null, ExitCodes.Usage);
            }
            return (key, fromFile ? option : "--public-key", null);
        }
        if (!File.Exists(Path.Combine(siteDirectory, SiteConfigLoader.FileName)))
            return (null, null, null);
        var problems = new DiagnosticBag();
        var config = SiteConfigLoader.Load(siteDirectory, problems);
        if (config is null)
        {
            DiagnosticPrinter.Print(problems, stderr, strict: false);
            stderr.WriteLine(Ui.Say(Texts.SiteUnreadableForKey));
            return (null, null, ExitCodes.SiteErrors);
        }
        if (config.SigningPublicKey is null || !MinisignPublicKey.TryParse(config.SigningPublicKey, out var siteKey))
            return (null, null, null);
        return (siteKey, Path.Combine(siteDirectory, SiteConfigLoader.FileName).Replace('\\', '/'), null);
    }
}
