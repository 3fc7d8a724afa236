using System.Globalization;
using Microsoft.EntityFrameworkCore;

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
        var values = await db.Database.SqlQuery<int>($"""
            INSERT INTO "ReferenceCounters" ("Year", "Value") VALUES ({year}, 1)
            ON CONFLICT ("Year") DO UPDATE SET "Value" = "ReferenceCounters"."Value" + 1
            RETURNING "Value"
            """).ToListAsync(cancellationToken);
        return Format(year, values.Single());
    }

    public static string Format(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"R-{year:D4}-{number:D6}");
}
