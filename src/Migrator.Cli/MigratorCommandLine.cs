using System.CommandLine;
using Migrator.Core.Pipeline;

namespace Migrator.Cli;

/// <summary>The <c>migrator</c> command line: commands, options and their binding. Only this project touches the console.</summary>
public static class MigratorCommandLine
{
    /// <summary>Parses and runs. Usage errors exit with <see cref="ExitCodes.UsageOrUnreadableInput"/>, never prompt.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = BuildRoot(input, output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
                error.WriteLine($"migrator: {e.Message}");
            error.WriteLine("Run 'migrator --help' for usage.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static RootCommand BuildRoot(TextReader input, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Migrator moves blogs between WordPress (WXR), Jekyll and Hugo without losing anything.");
        root.Subcommands.Add(ConvertCommand.Build(output, error));
        root.Subcommands.Add(BuildFormats(output));
        root.Subcommands.Add(Html2MdCommand.Build(input, output, error));
        root.Subcommands.Add(ExplainCommand.Build(output, error));
        root.Subcommands.Add(VerifyCommand.Build(output, error));
        return root;
    }

    private static Command BuildFormats(TextWriter output)
    {
        var command = new Command("formats", "List the formats Migrator reads and writes.");
        command.SetAction(_ =>
        {
            foreach (var f in Formats.Registry.Formats)
            {
                var can = (f.Importer is null ? "" : "read") + (f.Importer is not null && f.Exporter is not null ? ", " : "") + (f.Exporter is null ? "" : "write");
                output.WriteLine($"{f.Name,-8} {can,-12} {f.Description}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
