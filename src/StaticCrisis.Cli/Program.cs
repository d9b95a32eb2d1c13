using StaticCrisis.Cli;

return CommandRunner.Run(RootCommandFactory.Create(), args);
