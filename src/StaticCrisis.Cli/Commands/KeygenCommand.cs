using System.CommandLine;
using StaticCrisis.Cli.Signing;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Commands;

/// <summary>
/// <c>staticcrisis keygen [--output DIR]</c>: a minisign key pair, <c>staticcrisis.pub</c> and <c>staticcrisis.key</c>, and the
/// line for site.yml. The secret key is encrypted with a passphrase from STATICCRISIS_SIGNING_KEY_PASSWORD or typed twice.
/// </summary>
public static class KeygenCommand
{
    public const string PublicKeyFile = "staticcrisis.pub", SecretKeyFile = "staticcrisis.key";

    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = Ui.Say(HelpTexts.KeygenOutput), DefaultValueFactory = _ => ".", HelpName = "DIR" };
        var command = new Command("keygen", Ui.Say(HelpTexts.CommandKeygen));
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(output)!, Environment.GetEnvironmentVariable, PassphrasePrompt.Ask, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string directory, Func<string, string?> environment, Func<string, string?> ask, TextWriter stdout, TextWriter stderr, ScryptLimits? cost = null)
    {
        var style = TerminalStyle.For(stderr);
        var problems = new DiagnosticBag();
        var publicPath = Path.Combine(directory, PublicKeyFile);
        var secretPath = Path.Combine(directory, SecretKeyFile);
        var existing = new[] { publicPath, secretPath }.Where(File.Exists).ToList();
        if (existing.Count > 0)
            problems.Add(Problems.KeyFilesExist(directory, existing));
        var passphrase = problems.HasErrors ? null : Passphrase(environment, ask, problems);
        if (passphrase is null)
        {
            DiagnosticPrinter.Print(problems, stderr, strict: false);
            return ExitCodes.SiteErrors;
        }

        var key = MinisignSecretKey.Generate();
        Directory.CreateDirectory(directory);
        // Only the owner may read the secret key, from the moment it exists; CreateNew never replaces a file.
        var secretOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            secretOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(secretPath, System.Text.Encoding.ASCII, secretOptions))
            writer.Write(MinisignSecretKeyFile.Write(key, passphrase, cost));
        try
        {
            using var writer = new StreamWriter(publicPath, System.Text.Encoding.ASCII, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write });
            writer.Write(key.PublicKey.ToFileText());
        }
        catch (IOException)
        {
            File.Delete(secretPath);
            throw;
        }

        if (passphrase.Length == 0)
            problems.Add(Problems.SecretKeyNotEncrypted(secretPath));
        if (File.Exists(Path.Combine(directory, SiteConfigLoader.FileName)))
            problems.Add(Problems.SecretKeyInSiteFolder(secretPath));
        DiagnosticPrinter.Print(problems, stderr, strict: false);
        stdout.WriteLine(Ui.Say(Texts.KeysWritten(publicPath, secretPath, key.PublicKey.KeyIdHex, key.PublicKey.ToBase64(), TerminalStyle.For(stdout).Green(Ui.Say(Texts.WroteWord)))));
        return ExitCodes.Success;
    }

    /// <summary>From the environment (empty means unencrypted), else typed twice; null when there is neither or they differ.</summary>
    private static string? Passphrase(Func<string, string?> environment, Func<string, string?> ask, DiagnosticBag problems)
    {
        if (environment(SigningKeyLoader.PassphraseVariable) is { } fromEnvironment)
            return fromEnvironment;
        var first = ask("Passphrase for the new secret key (empty: not encrypted): ");
        if (first is null)
        {
            problems.Add(Problems.KeygenNeedsPassphrase());
            return null;
        }
        if (ask("The same passphrase again: ") != first)
        {
            problems.Add(Problems.KeyPassphrasesDiffer());
            return null;
        }
        return first;
    }
}
