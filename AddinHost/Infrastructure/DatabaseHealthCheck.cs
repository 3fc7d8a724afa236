using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>Readiness: the host is only useful when it can record consent. A plain connection, as EF Core's would open.</summary>
internal sealed class DatabaseHealthCheck(StorageConnection database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = database.Create();
            await connection.OpenAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (DbException ex)
        {
            return HealthCheckResult.Unhealthy("database unreachable: " + ex.GetType().Name);
        }
    }
}
