using StaticCrisis.Cli;

return await CommandRunner.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
