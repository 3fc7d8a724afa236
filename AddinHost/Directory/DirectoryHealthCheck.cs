using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutlookReferralAddin.AddinHost.Directory;

/// <summary>
/// Readiness: a referral needs the directory, so an instance that cannot read it (a table missing after a bad migration,
/// a permission revoked) would refuse every referral; it is taken out of rotation instead.
/// It reads the rows themselves: a referral skips them while the directory version is unchanged, and a table that became
/// unreadable meanwhile must still show here.
/// </summary>
internal sealed class DirectoryHealthCheck(DirectoryStore directory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await directory.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The type only: a provider's message may quote a row.
            return HealthCheckResult.Unhealthy("directory unreadable: " + ex.GetType().Name);
        }
    }
}
