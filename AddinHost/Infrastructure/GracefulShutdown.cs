using OutlookReferralAddin.AddinHost.Mail;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// On SIGTERM Kestrel stops accepting and lets requests in flight finish until <see cref="HostOptions.ShutdownTimeout"/>.
/// A referral in flight may be waiting for Graph for up to <c>Graph:TimeoutSeconds</c> (retries included), then writes
/// its outcome; the host waits that long and a margin, so the record says sent or failed and the worker gets the
/// answer, instead of a cut connection and a record left pending for the reconciler.
/// </summary>
internal static class GracefulShutdown
{
    /// <summary>Time to record the outcome after the last Graph answer: a few database writes.</summary>
    public static readonly TimeSpan RecordMargin = TimeSpan.FromSeconds(15);

    public static void AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        var graph = builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions();
        var wait = TimeSpan.FromSeconds(Math.Max(graph.TimeoutSeconds, 1)) + RecordMargin;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = wait > o.ShutdownTimeout ? wait : o.ShutdownTimeout);
    }
}
