using StaticCrisis.Cli.Terminal;

namespace StaticCrisis.Cli.Signing;

/// <summary>Asks for a passphrase on the terminal without showing it. Never used when input is redirected (CI, scripts).</summary>
public static class PassphrasePrompt
{
    public static bool Available => !Console.IsInputRedirected;

    /// <summary>What was typed, or null when there is no terminal to ask on. The prompt goes to stderr, so stdout stays clean.</summary>
    public static string? Ask(string prompt) => Available ? HiddenInput.Read(prompt, Console.Error) : null;
}
