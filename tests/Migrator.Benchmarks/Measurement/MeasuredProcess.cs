using System.Diagnostics;

namespace Migrator.Benchmarks.Measurement;

/// <summary>How a measured child process ended: wall time from start to exit, peak resident memory, its output.</summary>
internal sealed record ProcessMeasurement(int ExitCode, TimeSpan Wall, long? PeakBytes, IReadOnlyList<string> Output, IReadOnlyList<string> ErrorTail);

/// <summary>
/// Runs one command as a child process and measures it. The peak comes from the kernel: if waiting for the
/// child raised <c>RUSAGE_CHILDREN</c>'s maximum, that is the child's exact peak; otherwise (a smaller child than
/// an earlier one) the last <c>VmHWM</c> sampled every 10 ms while it ran, which can miss at most the final 10 ms.
/// </summary>
internal static class MeasuredProcess
{
    private const int KeptLines = 400;

    public static ProcessMeasurement Run(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        var output = new BoundedLines(KeptLines);
        var errors = new BoundedLines(KeptLines);
        var childrenPeakBefore = PeakMemory.LargestWaitedChild() ?? 0;
        var wall = Stopwatch.StartNew();
        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ProcessMeasurement(-1, TimeSpan.Zero, null, [], ["cannot start " + fileName + ": " + e.Message]);
        }
        using var process = started ?? throw new InvalidOperationException("could not start " + fileName);
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => errors.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        long sampledPeak = 0;
        while (!process.WaitForExit(10))
            sampledPeak = Math.Max(sampledPeak, PeakMemory.OfProcess(process.Id) ?? FallbackPeak(process));
        wall.Stop();
        process.WaitForExit(); // drains the redirected streams

        var childrenPeakAfter = PeakMemory.LargestWaitedChild();
        long? peak = childrenPeakAfter > childrenPeakBefore ? childrenPeakAfter : sampledPeak > 0 ? sampledPeak : null;
        return new ProcessMeasurement(process.ExitCode, wall.Elapsed, peak, output.Lines, errors.Lines);
    }

    private static long FallbackPeak(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // exited between two samples
        }
    }

    /// <summary>The last <c>capacity</c> lines a stream printed (thread-safe: the events come from pool threads).</summary>
    private sealed class BoundedLines(int capacity)
    {
        private readonly Queue<string> lines = new();
        private readonly Lock gate = new();

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (gate)
                    return [.. lines];
            }
        }

        public void Add(string? line)
        {
            if (line is null)
                return;
            lock (gate)
            {
                if (lines.Count == capacity)
                    lines.Dequeue();
                lines.Enqueue(line);
            }
        }
    }
}
