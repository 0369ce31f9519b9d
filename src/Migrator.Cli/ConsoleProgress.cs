using Migrator.Core.Pipeline;
using Spectre.Console;

namespace Migrator.Cli;

/// <summary>Runs a conversion with a live progress line on an interactive terminal, silently otherwise.</summary>
internal static class ConsoleProgress
{
    public static ConversionResult Run(ConversionRequest request, bool interactive, CancellationToken cancellation = default)
    {
        if (!interactive || !AnsiConsole.Profile.Capabilities.Interactive)
            return ConversionRunner.Run(request, cancellation: cancellation);

        ConversionResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", autoStart: true, maxValue: double.MaxValue);
                task.IsIndeterminate = true;
                var progress = new Progress<ConversionProgress>(p =>
                    task.Description = $"{p.ItemsDone:N0} items · {Markup.Escape(Path.GetFileName(p.CurrentFile ?? ""))}");
                result = ConversionRunner.Run(request, progress, cancellation);
                task.StopTask();
            });
        return result!;
    }
}
