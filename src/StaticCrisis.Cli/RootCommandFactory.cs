using System.CommandLine;
using StaticCrisis.Cli.Commands;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli;

/// <summary>Every command of the tool, in one tree, described in the language of the run (<see cref="Ui.Language"/>).</summary>
public static class RootCommandFactory
{
    /// <summary>Given to every command; read before the commands are made, as it decides the language of their help.</summary>
    public const string UiLanguageName = "--ui-language";

    public static RootCommand Create()
    {
        var uiLanguage = new Option<string?>(UiLanguageName) { Recursive = true, HelpName = "sv|en", Description = Ui.Say(HelpTexts.UiLanguage) };
        uiLanguage.AcceptOnlyFromAmong(UiLanguages.Names);
        return new RootCommand(Ui.Say(HelpTexts.Root))
        {
            uiLanguage,
            InitCommand.Create(),
            NewCommand.Create(),
            BuildCommand.Create(),
            CheckCommand.Create(),
            ServeCommand.Create(),
            DeskCommand.Create(),
            PublishCommand.Create(),
            KeygenCommand.Create(),
            VerifyCommand.Create(),
        };
    }
}
