using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>
/// Makes writes fail as a read-only or unreachable database would: by default every INSERT/UPDATE/DELETE,
/// or only the statements <c>refuses</c> picks (for example the outcome UPDATE after a mail went out).
/// </summary>
public sealed class FailingWrites(Func<string, bool>? refuses = null) : DbCommandInterceptor
{
    private readonly Func<string, bool> _refuses = refuses ?? IsWrite;

    /// <summary>One instance per host, so parallel tests do not see each other's switch.</summary>
    public bool Enabled { get; set; }

    public int Refused { get; private set; }

    /// <summary>Refuses only updates of consent records: the database goes away between "pending" and the outcome.</summary>
    public static FailingWrites ConsentUpdates() =>
        new(sql => sql.Contains("UPDATE \"ConsentRecords\"", StringComparison.Ordinal));

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

    private static bool IsWrite(string sql)
    {
        sql = sql.TrimStart();
        return sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
    }

    private void Fail(DbCommand command)
    {
        if (Enabled && _refuses(command.CommandText))
        {
            Refused++;
            throw new SimulatedDbException();
        }
    }
}

/// <summary>What a provider throws when the database refuses a write.</summary>
public sealed class SimulatedDbException() : DbException("Simulated: attempt to write a readonly database.");
