using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>Configuration section <c>Reconciliation</c>.</summary>
public sealed class ReconciliationOptions
{
    public const string Section = "Reconciliation";

    /// <summary>
    /// A referral still pending after this long lost its outcome (the process stopped, or the database failed after
    /// sending). Longer than a whole Graph send with retries (<c>Graph:TimeoutSeconds</c>).
    /// </summary>
    [Range(1, 1440)]
    public int PendingMinutes { get; set; } = 10;

    [Range(1, 1440)]
    public int IntervalMinutes { get; set; } = 5;
}

/// <summary>
/// Every few minutes (the first pass one interval after start): referrals left <see cref="ReferralStatus.Pending"/> past
/// <see cref="ReconciliationOptions.PendingMinutes"/> become <see cref="ReferralStatus.Unknown"/> (needs review), so no
/// referral sits in an unknown state without being flagged in the consent register. They are never resent: the mail may
/// have left. Graph's sendMail gives no id and the host has only the worker's delegated token during a request, so the
/// check against Sent Items (marker header = reference) is for the worker or an admin.
/// </summary>
internal sealed partial class PendingReferralReconciler(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ReconciliationOptions> options, ILogger<PendingReferralReconciler> logger)
    : BackgroundService
{
    public const string FailureCode = "outcome_not_recorded";

    public async Task<int> ReconcileAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var cutoff = time.GetUtcNow().AddMinutes(-options.Value.PendingMinutes);
        var stale = await db.ConsentRecords.Where(r => r.Status == ReferralStatus.Pending && r.CreatedAt < cutoff).ToListAsync(ct);
        foreach (var record in stale)
        {
            record.FailureCode = FailureCode;
            db.Append(record, ReferralEventKind.OutcomeUnknown, ReferralHistory.System, time.GetUtcNow(), FailureCode);
            LogFlagged(logger, record.Id, record.Reference);
        }

        await db.SaveChangesAsync(ct);
        return stale.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), time);
        // The first pass waits one interval: at start its query would be compiled on the start-up path and compete with
        // the first requests (issue #20). A referral the previous process left pending is flagged one interval later at
        // most; right after a quick restart it is younger than PendingMinutes, and a pass at start would leave it alone.
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ReconcileAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Referral {ReferralId} {Reference} was left pending; flagged unknown for review")]
    private static partial void LogFlagged(ILogger logger, Guid referralId, string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation failed with {ExceptionType}; retried next interval")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
