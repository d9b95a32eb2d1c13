using StaticCrisis.Cli;

return await CommandRunner.RunAsync(RootCommandFactory.Create(), args, Console.Out, Console.Error, CancellationToken.None);
