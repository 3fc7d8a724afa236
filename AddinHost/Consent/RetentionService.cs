using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Consent;

/// <summary>
/// Deletes consent records past <c>Retention:Days</c> (their idempotency records go with them). Time comes from
/// <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
internal sealed partial class RetentionService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionService> logger)
    : BackgroundService
{
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var now = time.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.Days);
        var purged = await db.ConsentRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
        if (purged > 0)
        {
            LogPurged(logger, purged);
        }

        return purged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), time);
        // The first run waits one interval: at start it would compete with the first requests for the CPU and the
        // database (issue #20), and nothing it does is due within an interval of a restart.
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPurgeFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purged {Count} consent records")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention purge failed with {ExceptionType}; retried next interval")]
    private static partial void LogPurgeFailed(ILogger logger, string exceptionType);
}
