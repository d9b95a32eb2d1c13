using StaticCrisis.Core.Features.Languages;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Terminal;

/// <summary>What <c>check</c> says of each language: a line with what it lacks, then the files, so the writer knows what to have translated or reviewed.</summary>
public static class LanguageReportPrinter
{
    public static void Print(TextWriter stdout, IReadOnlyList<LanguageReport> languages)
    {
        foreach (var language in languages)
        {
            stdout.WriteLine(Ui.Say(Texts.LanguageSummary(language)));
            foreach (var path in language.Stale)
                stdout.WriteLine("  " + TerminalText.Escape(Ui.Say(Texts.TranslationOutOfDate(path, language.Code))));
            foreach (var path in language.Unrecorded)
                stdout.WriteLine("  " + TerminalText.Escape(Ui.Say(Texts.TranslationUnrecorded(path))));
            foreach (var path in language.Untranslated)
                stdout.WriteLine("  " + TerminalText.Escape(Ui.Say(Texts.NotTranslated(path))));
        }
    }
}
