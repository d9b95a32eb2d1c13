using System.Text;

namespace StaticCrisis.Cli.Signing;

/// <summary>Asks for a passphrase on the terminal without showing it. Never used when input is redirected (CI, scripts).</summary>
public static class PassphrasePrompt
{
    public static bool Available => !Console.IsInputRedirected;

    /// <summary>What was typed, or null when there is no terminal to ask on. The prompt goes to stderr, so stdout stays clean.</summary>
    public static string? Ask(string prompt)
    {
        if (!Available)
            return null;
        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
                typed.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
