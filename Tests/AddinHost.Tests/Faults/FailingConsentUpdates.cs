using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Faults;

/// <summary>
/// The database goes away between recording "pending" and recording the outcome: every UPDATE of a consent record fails
/// while <see cref="Enabled"/>, inserts still work.
/// </summary>
public sealed class FailingConsentUpdates : DbCommandInterceptor
{
    public bool Enabled { get; set; }

    public int Refused { get; private set; }

    public void Register(IServiceCollection services) => services.AddSingleton<IInterceptor>(this);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Fail(DbCommand command)
    {
        if (Enabled && command.CommandText.Contains("UPDATE \"ConsentRecords\"", StringComparison.Ordinal))
        {
            Refused++;
            throw new SimulatedDbException();
        }
    }
}
