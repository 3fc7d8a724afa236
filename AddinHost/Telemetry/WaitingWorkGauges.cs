using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Admin.Proposals;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Telemetry;

/// <summary>
/// Gauges of work that waits for a person: proposals for a second administrator, mailbox verifications, incidents
/// open and the hours left of their 72-hour notification window. Read from the database at collection time (a scrape
/// or an export, not per request), so a value is as current as the register and the same on every instance.
/// </summary>
internal sealed partial class WaitingWorkGauges(IServiceScopeFactory scopes, TimeProvider time, ILogger<WaitingWorkGauges> logger)
{
    /// <summary>The GDPR's notification deadline after an incident became known.</summary>
    public static readonly TimeSpan IncidentWindow = TimeSpan.FromHours(72);

    public void Register()
    {
        ReferralMetrics.Meter.CreateObservableGauge("ocmw.proposals.waiting", () => Read(db =>
            db.Proposals.Count(p => p.Status == ProposalStatuses.Pending)), "{proposal}", "Directory proposals waiting for a second administrator.");
        ReferralMetrics.Meter.CreateObservableGauge("ocmw.verifications.waiting", () => Read(db =>
            db.MailboxVerifications.Count(v => v.Status == VerificationStatus.Pending)), "{verification}", "Mailbox verifications sent and not yet confirmed.");
        ReferralMetrics.Meter.CreateObservableGauge("ocmw.incidents.open", () => Read(db =>
            db.Incidents.Count(i => i.ClosedAt == null)), "{incident}", "Incidents not closed.");
        ReferralMetrics.Meter.CreateObservableGauge("ocmw.incidents.time_left", ReadTimeLeft, "h",
            "Hours left of the 72-hour window of the open incident closest to it (negative: overdue).");
    }

    private IEnumerable<Measurement<int>> Read(Func<ReferralsDbContext, int> count)
    {
        try
        {
            using var scope = scopes.CreateScope();
            return [new Measurement<int>(count(scope.ServiceProvider.GetRequiredService<ReferralsDbContext>()))];
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // No value rather than a wrong zero: the readiness check reports the database.
            LogUnreadable(logger, ex.GetType().Name);
            return [];
        }
    }

    private IEnumerable<Measurement<double>> ReadTimeLeft()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
            // Client side: SQLite cannot order by DateTimeOffset; open incidents are few.
            var known = db.Incidents.AsNoTracking().Where(i => i.ClosedAt == null).Select(i => i.ReportedAt).ToList();
            if (known.Count == 0)
            {
                return [];
            }

            var left = known.Min() + IncidentWindow - time.GetUtcNow();
            return [new Measurement<double>(Math.Round(left.TotalHours, 2))];
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            LogUnreadable(logger, ex.GetType().Name);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telemetry gauge not read: {ExceptionType}")]
    private static partial void LogUnreadable(ILogger logger, string exceptionType);
}
