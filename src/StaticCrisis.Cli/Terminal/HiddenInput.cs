using System.Text;

namespace StaticCrisis.Cli.Terminal;

/// <summary>Reads a secret typed on the terminal without echoing it; the prompt goes to stderr, so stdout stays clean.</summary>
public static class HiddenInput
{
    public static string Read(string prompt, TextWriter stderr)
    {
        stderr.Write(prompt);
        stderr.Flush();
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
        stderr.WriteLine();
        return typed.ToString();
    }
}
