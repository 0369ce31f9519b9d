using System.Globalization;
using System.Runtime.InteropServices;

namespace Migrator.Benchmarks.Measurement;

/// <summary>
/// Peak resident memory of processes, from the kernel's own high-water marks: <c>VmHWM</c> in
/// <c>/proc/PID/status</c> for a running process, and <c>getrusage(RUSAGE_CHILDREN).ru_maxrss</c> for children
/// that have been waited for (exact, even when the peak came in the last instant before exit).
/// Linux only; elsewhere <see cref="System.Diagnostics.Process.PeakWorkingSet64"/> is the fallback.
/// </summary>
internal static class PeakMemory
{
    private const int RusageChildren = -1;

    /// <summary>This process's high-water mark in bytes, or null when the system does not say.</summary>
    public static long? OfSelf() => ReadHighWaterMark("/proc/self/status");

    /// <summary>A running process's high-water mark in bytes, or null when it is gone or the system does not say.</summary>
    public static long? OfProcess(int pid) => ReadHighWaterMark("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/status");

    /// <summary>The largest peak of all waited-for children so far, in bytes; null off Linux.</summary>
    public static long? LargestWaitedChild()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        return NativeMethods.getrusage(RusageChildren, out var usage) == 0 ? usage.MaxResidentKilobytes * 1024 : null;
    }

    private static long? ReadHighWaterMark(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    continue;
                var digits = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(digits, CultureInfo.InvariantCulture) * 1024;
            }
            return null;
        }
        catch (IOException)
        {
            return null; // the process has exited between two samples
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long SharedText, UnsharedData, UnsharedStack, MinorFaults, MajorFaults, Swaps, BlockInputs, BlockOutputs;
        public long MessagesSent, MessagesReceived, Signals, VoluntarySwitches, InvoluntarySwitches;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // a plain blittable out struct: the source-generated marshaller adds nothing here
        public static extern int getrusage(int who, out ResourceUsage usage);
#pragma warning restore SYSLIB1054
    }
}
