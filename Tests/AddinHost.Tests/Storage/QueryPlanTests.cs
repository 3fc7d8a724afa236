using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

/// <summary>
/// What SQLite's own planner does with every statement a referral and a look-up send: each finds its rows of the
/// referral tables through an index, never by walking a table or the team's index (every referral a team ever sent,
/// which made each send slower the longer the host ran). SQLite plans without statistics here, as in production, so
/// the plan does not depend on how many rows the test wrote.
/// </summary>
public sealed partial class QueryPlanTests
{
    private static readonly string[] ReferralTables = ["ConsentRecords", "ReferralEvents", "IdempotencyRecords"];

    [Fact]
    public async Task ReferralAndLookup_EveryStatementOnReferralTables_SearchesAnIndex()
    {
        var commands = new CommandLog();
        await using var host = await ReferralHost.CreateAsync(
            settings: CommandLog.Settings, services: commands.Register);
        using var me = host.CreateWorker();
        using (var first = await Referral.PostAsync(me, Referral.Valid()))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        commands.Clear();
        using var duplicate = await Referral.PostAsync(me, Referral.Valid());
        var lotte = Referral.Valid();
        lotte["client"]!["givenName"] = "Lotte";
        using var other = await Referral.PostAsync(me, lotte);
        using var lookup = await me.PostAsJsonAsync("/api/referrals/lookup", new { givenName = "Jan", familyName = "Janssens", postalCode = "9690" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);

        var reads = commands.Texts.Where(t => ReferralTables.Any(table => t.Contains($"FROM \"{table}\"", StringComparison.Ordinal))).ToList();
        Assert.Contains(reads, t => t.Contains("\"ReferringTeam\" = @team", StringComparison.Ordinal)); // the duplicate check
        Assert.Contains(reads, t => t.Contains("\"ReferringTeam\" IN (", StringComparison.Ordinal)); // the look-up
        await using var connection = new SqliteConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        foreach (var text in reads)
        {
            var plan = await PlanAsync(connection, text);
            Assert.DoesNotMatch(TableWalk(), plan);
            Assert.DoesNotContain("IX_ConsentRecords_ReferringTeam", plan, StringComparison.Ordinal);
        }
    }

    private static async Task<string> PlanAsync(SqliteConnection connection, string text)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + text;
        foreach (var name in Parameter().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            explain.Parameters.AddWithValue(name, DBNull.Value);
        }

        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return $"{text}\n=> {string.Join(" | ", lines)}";
    }

    /// <summary>"SCAN c" or "SCAN ConsentRecords": a table read row by row ("SCAN … USING INDEX" is an ordered walk of an index, also refused).</summary>
    [GeneratedRegex(@"=> .*\bSCAN\b")]
    private static partial Regex TableWalk();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
