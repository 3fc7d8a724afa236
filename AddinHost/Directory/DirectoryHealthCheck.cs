using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Directory;

/// <summary>
/// Readiness: a referral needs the directory, so an instance that cannot read it (a table missing after a bad migration,
/// a permission revoked) would refuse every referral; it is taken out of rotation instead.
/// It reads the version and every row of the directory's tables, as a changed directory would, on a plain connection:
/// a probe every few seconds then costs a few statements instead of EF Core's queries and mapping (#20).
/// </summary>
internal sealed class DirectoryHealthCheck(StorageConnection database) : IHealthCheck
{
    private static readonly string[] Reads =
        [DirectoryVersionEntity.ReadSql, .. DirectoryVersionEntity.WatchedTables.Select(t => $"SELECT * FROM \"{t}\"")];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = database.Create();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            foreach (var read in Reads)
            {
                command.CommandText = read;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    for (var field = 0; field < reader.FieldCount; field++)
                    {
                        _ = reader.GetValue(field);
                    }
                }
            }

            return HealthCheckResult.Healthy();
        }
        catch (DbException ex)
        {
            // The type only: a provider's message may quote a row.
            return HealthCheckResult.Unhealthy("directory unreadable: " + ex.GetType().Name);
        }
    }
}
