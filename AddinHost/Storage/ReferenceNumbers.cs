using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// References <c>R-&lt;year&gt;-&lt;6 digits&gt;</c> from a counter per year. One upsert with RETURNING
/// (SQLite ≥ 3.35 and PostgreSQL) increments atomically, so concurrent requests and instances never share a number;
/// the unique index on the reference is the backstop. Run inside the caller's transaction: a rolled-back referral
/// leaves a gap, which is harmless.
/// </summary>
internal sealed class ReferenceNumbers(ReferralsDbContext db)
{
    public async Task<string> NextAsync(int year, CancellationToken cancellationToken)
    {
        // A plain command on EF Core's connection and transaction: EF Core's raw SQL query built a new delegate (a dynamic
        // method, compiled by the JIT) at every call.
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "ReferenceCounters" ("Year", "Value") VALUES (@year, 1)
            ON CONFLICT ("Year") DO UPDATE SET "Value" = "ReferenceCounters"."Value" + 1
            RETURNING "Value"
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Format(year, Convert.ToInt32(value, CultureInfo.InvariantCulture));
    }

    public static string Format(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"R-{year:D4}-{number:D6}");
}
