using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Terminal;

/// <summary>
/// The language this run of the tool speaks in, chosen once before anything is printed (see <see cref="UiLanguages.Choose"/>).
/// It flows with the run (an AsyncLocal), so runs side by side in one process, as the tests make them, each keep their own.
/// </summary>
public static class Ui
{
    private static readonly AsyncLocal<UiLanguage> Current = new();

    public static UiLanguage Language
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    public static string Say(Said text) => text.In(Language);

    public static string Say(Diagnostic diagnostic) => diagnostic.ToString(Language);
}
