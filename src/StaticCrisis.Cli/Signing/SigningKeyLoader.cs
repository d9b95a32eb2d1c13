using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Signing;

/// <summary>
/// The site's secret key for build and publish: the file from <c>--signing-key</c> or STATICCRISIS_SIGNING_KEY_FILE,
/// opened with STATICCRISIS_SIGNING_KEY_PASSWORD or a passphrase typed at a hidden prompt.
/// </summary>
public static class SigningKeyLoader
{
    public const string FileVariable = "STATICCRISIS_SIGNING_KEY_FILE", PassphraseVariable = "STATICCRISIS_SIGNING_KEY_PASSWORD";

    /// <summary>The decrypted key; null when none was given, or when it could not be opened (the problem is in the bag).</summary>
    public static MinisignSecretKey? Load(string? option, Func<string, string?> environment, Func<string, string?> ask, DiagnosticBag diagnostics)
    {
        var path = option ?? (environment(FileVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null);
        if (path is null)
            return null;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Problems.SigningKeyUnreadable(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message));
            return null;
        }
        switch (MinisignSecretKeyFile.IsEncrypted(text))
        {
            case null:
                diagnostics.Add(Problems.SigningKeyNotAKey(path));
                return null;
            case false:
                return Opened(MinisignSecretKeyFile.Read(text, ""), path, diagnostics);
        }
        var passphrase = environment(PassphraseVariable) ?? ask($"Passphrase for the signing key {Path.GetFileName(path)}: ");
        if (passphrase is null)
        {
            diagnostics.Add(Problems.SigningKeyNeedsPassphrase(path));
            return null;
        }
        return Opened(MinisignSecretKeyFile.Read(text, passphrase), path, diagnostics);
    }

    private static MinisignSecretKey? Opened(SecretKeyReading reading, string path, DiagnosticBag diagnostics)
    {
        if (reading.Problem is { } problem)
            diagnostics.Add(problem switch
            {
                SecretKeyProblem.WrongPassphrase => Problems.SigningKeyWrongPassphrase(path),
                SecretKeyProblem.Damaged => Problems.SigningKeyDamaged(path),
                SecretKeyProblem.Unsupported => Problems.SigningKeyUnsupported(path),
                _ => Problems.SigningKeyNotAKey(path),
            });
        return reading.Key;
    }
}
