using System.CommandLine;
using StaticCrisis.Cli.Commands;

namespace StaticCrisis.Cli;

/// <summary>Every command of the tool, in one tree.</summary>
public static class RootCommandFactory
{
    public static RootCommand Create() => new("""
        staticcrisis: turns Markdown press updates into a small static crisis-information site.

        Examples:
          staticcrisis init krisinfo --title "Alvby kommun – krisinformation"
          staticcrisis new "Koka vattnet i Norrby" --from-template vattenavbrott krisinfo
          staticcrisis serve krisinfo
          staticcrisis build krisinfo
          staticcrisis publish krisinfo
          staticcrisis <command> --help
        """)
    {
        InitCommand.Create(),
        NewCommand.Create(),
        BuildCommand.Create(),
        CheckCommand.Create(),
        ServeCommand.Create(),
        PublishCommand.Create(),
        KeygenCommand.Create(),
        VerifyCommand.Create(),
    };
}
