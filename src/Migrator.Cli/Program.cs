using Migrator.Cli;

return MigratorCommandLine.Run(args, Console.In, Console.Out, Console.Error);
