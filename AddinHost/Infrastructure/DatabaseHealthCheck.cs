using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>Readiness: the host is only useful when it can record consent.</summary>
internal sealed class DatabaseHealthCheck(ReferralsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
