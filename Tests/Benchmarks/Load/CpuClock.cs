using System.Globalization;

namespace OutlookReferralAddin.Benchmarks.Load;

/// <summary>
/// Processor time per side of the ratio: of this process, and of the whole machine (Linux <c>/proc/stat</c>), which
/// adds what a local PostgreSQL server spends. A wall-clock ratio alone cannot tell work from waiting.
/// </summary>
internal sealed class CpuClock
{
    private readonly System.Diagnostics.Process _process = System.Diagnostics.Process.GetCurrentProcess();
    private readonly TimeSpan[] _processTime = new TimeSpan[2];
    private readonly TimeSpan[] _machine = new TimeSpan[2];
    private readonly long[] _allocated = new long[2];

    public enum Side
    {
        Archive,
        Host,
    }

    public TimeSpan Process(Side side) => _processTime[(int)side];

    public TimeSpan Machine(Side side) => _machine[(int)side];

    /// <summary>Bytes this process allocated meanwhile: what the garbage collector then has to clear away.</summary>
    public long Allocated(Side side) => _allocated[(int)side];

    public IDisposable Measure(Side side)
    {
        _process.Refresh();
        return new Span(this, side, _process.TotalProcessorTime, MachineBusy(), GC.GetTotalAllocatedBytes());
    }

    /// <summary>Busy time of all processors since boot: every /proc/stat column but idle and iowait, at 100 ticks/s.</summary>
    private static TimeSpan MachineBusy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return TimeSpan.Zero;
        }

        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return TimeSpan.FromMilliseconds((ticks.Take(8).Sum() - ticks[3] - ticks[4]) * 10);
    }

    private sealed class Span(CpuClock clock, Side side, TimeSpan process, TimeSpan machine, long allocated) : IDisposable
    {
        public void Dispose()
        {
            clock._process.Refresh();
            clock._processTime[(int)side] += clock._process.TotalProcessorTime - process;
            clock._machine[(int)side] += MachineBusy() - machine;
            clock._allocated[(int)side] += GC.GetTotalAllocatedBytes() - allocated;
        }
    }
}
