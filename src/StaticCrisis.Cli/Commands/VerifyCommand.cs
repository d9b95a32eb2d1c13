using System.CommandLine;
using System.Globalization;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Diagnostics;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Text;

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
        var url = new Argument<string>("URL") { Description = "Where the copy is read, e.g. https://kris.example.org/info/" };
        var publicKey = new Option<string?>("--public-key", "-p") { Description = "The site's public key: the base64 key (RW…) or a .pub file (default: signing.publicKey in site.yml)", HelpName = "KEY" };
        var site = new Option<string>("--site") { Description = "The site folder whose site.yml names the public key (default: the current folder)", DefaultValueFactory = _ => ".", HelpName = "DIR" };
        var command = new Command("verify", """
            Check a published copy of the site: that its SHA256SUMS is signed by the site's key (SHA256SUMS.minisig) and that
            every file it lists is there with the same bytes. Prints each file that differs or is missing, and a verdict.
            Exit code 0 when the copy is genuine and complete, 1 when it is not (or cannot be read). Without a public key
            the files are checked against the copy's own manifest only, which shows a copy is complete, not that it is genuine.

            Examples:
              staticcrisis verify https://kris.example.org/info/
              staticcrisis verify https://mirror.example.net/info/ --public-key RWQ…
              staticcrisis verify https://mirror.example.net/info/ --public-key staticcrisis.pub
            """);
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
            stderr.WriteLine($"staticcrisis: '{address}' is not an http(s) address such as https://kris.example.org/info/");
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
            stderr.WriteLine(manifestProblem is null
                ? $"staticcrisis: {new Uri(copy, Sha256Sums.FileName)} is not a manifest (lines 'SHA256 (path) = hash'): this is not a copy staticcrisis can check"
                : $"staticcrisis: could not read {new Uri(copy, Sha256Sums.FileName)}: {manifestProblem}");
            stdout.WriteLine(style.Red("Verdict: NOT VERIFIED.") + " The copy's manifest could not be read, so nothing could be checked.");
            return ExitCodes.SiteErrors;
        }
        stdout.WriteLine($"Checking {copy} against its {Sha256Sums.FileName} ({manifest.Count} files)");

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
                stdout.WriteLine($"  {style.Red("MISSING  ")} {TerminalText.Escape(check.Path)} ({check.Problem})");
            }
            else
            {
                different++;
                stdout.WriteLine($"  {style.Red("DIFFERENT")} {TerminalText.Escape(check.Path)}");
            }
        }
        var ok = checks.Count - different - missing;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ok} {(ok == 1 ? "file" : "files")} OK, {different} different, {missing} missing."));

        var filesMatch = different + missing == 0;
        var (verdict, good) = (signatureState, filesMatch) switch
        {
            (SignatureState.Valid, true) => ("GENUINE AND COMPLETE. The manifest is signed by the site's key and every file matches it.", true),
            (SignatureState.Valid, false) => ($"DAMAGED OR ALTERED. The manifest is genuine, but {different + missing} file(s) differ from it or are missing: this copy is stale, incomplete or changed.", false),
            (SignatureState.Invalid, _) => ("NOT GENUINE. The signature does not match the site's key: this manifest was not signed by the site, or was changed since. Do not trust this copy.", false),
            (SignatureState.Missing, _) => ("NOT GENUINE. The site signs its manifests, but this copy has no valid signature: it cannot be shown to come from the site.", false),
            (SignatureState.NoKey, true) => ("COMPLETE, NOT PROVEN GENUINE. Every file matches the copy's own manifest, but without the site's public key nothing shows who wrote that manifest.", true),
            (SignatureState.NoKey, false) => ($"INCOMPLETE. {different + missing} file(s) differ from the copy's own manifest or are missing (and without the site's public key it is not proven genuine either).", false),
            _ => throw new InvalidOperationException(),
        };
        stdout.WriteLine((good ? style.Green("Verdict: ") : style.Red("Verdict: ")) + verdict);
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
            var why = fetched ? $"{ManifestSigner.FileName} is not a minisign signature" : $"no {ManifestSigner.FileName} ({fetchProblem})";
            stdout.WriteLine(key is null ? $"Signature: none; the manifest is unsigned ({why})." : style.Red("Signature: MISSING") + $" ({why}).");
            return key is null ? SignatureState.NoKey : SignatureState.Missing;
        }
        var comment = ManifestComment.Parse(signature.TrustedComment);
        var names = Describe(comment);
        if (key is null)
        {
            stdout.WriteLine($"Signature: NOT CHECKED, no public key given (--public-key, or signing.publicKey in site.yml). It claims key {signature.KeyIdHex}{names}.");
            return SignatureState.NoKey;
        }
        var check = signature.Verify(key, manifest);
        if (check == SignatureCheck.Valid)
        {
            stdout.WriteLine(style.Green("Signature: valid") + $", by key {key.KeyIdHex} ({keySource}){names}.");
            return SignatureState.Valid;
        }
        stdout.WriteLine(style.Red("Signature: INVALID") + " " + check switch
        {
            SignatureCheck.OtherKey => $"(made by key {signature.KeyIdHex}, not the site's key {key.KeyIdHex} from {keySource}).",
            SignatureCheck.FileChanged => $"({Sha256Sums.FileName} was changed after it was signed).",
            _ => "(the trusted comment was changed after signing).",
        });
        return SignatureState.Invalid;
    }

    /// <summary>What the signed comment says: the site and how new the manifest is.</summary>
    private static string Describe(ManifestComment comment)
    {
        var parts = new List<string>();
        if (comment.Title is not null || comment.Site is not null)
            parts.Add("for " + string.Join(" ", new[] { comment.Title, comment.Site is null ? null : $"<{comment.Site}>" }.OfType<string>()));
        if (comment.Time is { } time)
            parts.Add("as of " + time.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "; signed " + TerminalText.Escape(string.Join(", ", parts));
    }

    /// <summary>The copy's folder address, always ending in '/'; the manifest's own address is taken for its folder.</summary>
    private static Uri? CopyAddress(string address)
    {
        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
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
                stderr.WriteLine(fromFile
                    ? $"staticcrisis: '{option}' is not a minisign public key file (a comment line, then a line starting with RW)"
                    : $"staticcrisis: --public-key '{option}' is neither a minisign public key (56 characters starting with RW) nor a file");
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
            stderr.WriteLine("staticcrisis: site.yml could not be read for the site's public key; fix it, or give --public-key");
            return (null, null, ExitCodes.SiteErrors);
        }
        if (config.SigningPublicKey is null || !MinisignPublicKey.TryParse(config.SigningPublicKey, out var siteKey))
            return (null, null, null);
        return (siteKey, Path.Combine(siteDirectory, SiteConfigLoader.FileName).Replace('\\', '/'), null);
    }
}
