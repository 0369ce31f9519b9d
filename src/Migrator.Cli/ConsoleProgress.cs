using System.Globalization;
using Migrator.Core.Media;
using Migrator.Core.Pipeline;
using Spectre.Console;

namespace Migrator.Cli;

/// <summary>
/// Runs a conversion with a live progress line on an interactive terminal (items read, and with media options the
/// files and bytes copied so far), silently otherwise: in a pipe nothing is shown until the summary.
/// </summary>
internal sealed class ConsoleProgress(bool interactive) : IProgress<MediaProgress>
{
    private readonly Lock _lock = new();
    private ProgressTask? _task;
    private int _items;
    private string _file = "";
    private MediaProgress? _media;

    /// <summary>True when the line is shown: asked for, and standard output is an interactive terminal.</summary>
    public bool Shown { get; } = interactive && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Where the media step tells its progress; null when nothing is shown.</summary>
    public IProgress<MediaProgress>? Media => Shown ? this : null;

    public ConversionResult Run(ConversionRequest request, CancellationToken cancellation = default)
    {
        if (!Shown)
            return ConversionRunner.Run(request, cancellation: cancellation);

        ConversionResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                lock (_lock)
                {
                    _task = context.AddTask("reading", autoStart: true, maxValue: double.MaxValue);
                    _task.IsIndeterminate = true;
                }
                var progress = new Progress<ConversionProgress>(p => Update(() => (_items, _file) = (p.ItemsDone, p.CurrentFile ?? "")));
                result = ConversionRunner.Run(request, progress, cancellation);
                lock (_lock)
                    _task.StopTask();
            });
        return result!;
    }

    public void Report(MediaProgress value) => Update(() => _media = value);

    private void Update(Action change)
    {
        lock (_lock)
        {
            change();
            if (_task is not null)
                _task.Description = Markup.Escape(Describe(_items, _file, _media));
        }
    }

    /// <summary>The line shown: <c>120 items · 14 of 40 media files, 3.2 MB · export.xml</c>.</summary>
    internal static string Describe(int items, string file, MediaProgress? media)
    {
        var line = items.ToString("N0", CultureInfo.InvariantCulture) + " items";
        if (media is { } m)
            line += string.Create(CultureInfo.InvariantCulture, $" · {m.Files:N0} of {m.TotalFiles:N0} media files, {Size(m.Bytes)}");
        var name = Path.GetFileName(file);
        return name.Length == 0 ? line : line + " · " + name;
    }

    /// <summary>Bytes for a person: <c>512 B</c>, <c>3.2 kB</c>, <c>14.0 MB</c>, <c>1.1 GB</c> (powers of 1000).</summary>
    internal static string Size(long bytes)
    {
        string[] units = ["kB", "MB", "GB", "TB"];
        if (bytes < 1000)
            return bytes.ToString(CultureInfo.InvariantCulture) + " B";
        var value = (double)bytes;
        var unit = -1;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }
        return value.ToString("0.0", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
