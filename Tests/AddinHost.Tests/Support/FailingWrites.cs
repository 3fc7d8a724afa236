using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>Makes every INSERT/UPDATE/DELETE fail as a read-only or unreachable database would.</summary>
public sealed class FailingWrites : DbCommandInterceptor
{
    /// <summary>One instance per host, so parallel tests do not see each other's switch.</summary>
    public bool Enabled { get; set; }

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
        var sql = command.CommandText.TrimStart();
        if (Enabled && (sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)))
        {
            throw new SimulatedDbException();
        }
    }
}

/// <summary>What a provider throws when the database refuses a write.</summary>
public sealed class SimulatedDbException() : DbException("Simulated: attempt to write a readonly database.");
