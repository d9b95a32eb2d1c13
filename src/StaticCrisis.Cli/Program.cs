using System.CommandLine;
using StaticCrisis.Cli;
using StaticCrisis.Cli.Commands;

var root = new RootCommand("staticcrisis: turns Markdown press updates into a small static crisis-information site.")
{
    BuildCommand.Create(),
};
return CommandRunner.Run(root, args);
