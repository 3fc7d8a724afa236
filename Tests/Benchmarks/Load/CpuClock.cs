using System.Diagnostics;

namespace OutlookReferralAddin.Benchmarks.Load;

/// <summary>
/// Processor time of this process per side of the ratio. A wall-clock ratio alone cannot tell work from waiting:
/// this tells whether the host's overhead is computation (to be profiled) or idle time (a lock, a queue, a sleep).
/// </summary>
internal sealed class CpuClock
{
    private readonly Process _process = Process.GetCurrentProcess();

    public enum Side
    {
        Archive,
        Host,
    }

    public TimeSpan Archive { get; private set; }

    public TimeSpan Host { get; private set; }

    public IDisposable Measure(Side side)
    {
        _process.Refresh();
        return new Span(this, side, _process.TotalProcessorTime);
    }

    private sealed class Span(CpuClock clock, Side side, TimeSpan start) : IDisposable
    {
        public void Dispose()
        {
            clock._process.Refresh();
            var spent = clock._process.TotalProcessorTime - start;
            if (side == Side.Archive)
            {
                clock.Archive += spent;
            }
            else
            {
                clock.Host += spent;
            }
        }
    }
}
