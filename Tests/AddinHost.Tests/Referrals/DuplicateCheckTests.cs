using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>
/// A second referral of the same client by the team to the same OCMW within 30 days is asked about first (409
/// possible_duplicate); the check counts as a look-up (audited, within the look-up budget) only when it finds one.
/// </summary>
public abstract class DuplicateCheckTests(DatabaseProvider provider)
{
    private static readonly string[] Audited = ["referral_lookup"];

    private static Task<int> LookupAuditsAsync(ReferralHost host) =>
        host.QueryAsync(db => db.AuditEntries.CountAsync(a => Audited.Contains(a.Action)));

    [Fact]
    public async Task Post_SameClientByTeamWithin30Days_Returns409NamingTheEarlierReferralAndSendsNothing()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        using var colleague = host.CreateWorker("collega@opgroeien.be");
        using var first = await Referral.PostAsync(me, Referral.Valid());
        var reference = (await first.JsonAsync()).GetProperty("reference").GetString();
        host.Time.Advance(TimeSpan.FromDays(29));
        var typedDifferently = Referral.Valid();
        typedDifferently["client"]!["familyName"] = "VANDER SMISSEN";

        using var second = await Referral.PostAsync(colleague, typedDifferently);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.JsonAsync();
        Assert.Equal("possible_duplicate", problem.GetProperty("code").GetString());
        Assert.Equal("Deze cliënt werd mogelijk al doorverwezen.", problem.GetProperty("title").GetString());
        Assert.Equal(reference, problem.GetProperty("earlierReference").GetString());
        Assert.Equal(ReferralHost.Start, problem.GetProperty("earlierSentAt").GetDateTimeOffset());
        Assert.Contains("op 24 november 2026 al een doorverwijzing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(Pickup.Files(host.PickupDirectory));
        Assert.Equal(1, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
        var audit = await host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "referral_lookup"));
        Assert.Equal("collega@opgroeien.be", audit.ActorUpn);
        Assert.Equal("""{"scope":"team","found":true,"matches":1,"purpose":"duplicate_check"}""", audit.After);
        var text = await second.Content.ReadAsStringAsync() + host.Logs.AllText + audit.After;
        foreach (var value in Referral.PersonalValues.Append("smissen"))
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Post_ConfirmDuplicate_SendsTheSecondReferral()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        using var first = await Referral.PostAsync(me, Referral.Valid());

        using var second = await Referral.PostAsync(me, Referral.Again(Referral.Valid()));

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(2, Pickup.Files(host.PickupDirectory).Count);
    }

    [Fact]
    public async Task Post_RetryOfTheSentRequestWithItsIdempotencyKey_ReplaysInsteadOfAsking()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        using var first = await Referral.PostAsync(me, Referral.Valid(), "poging-1");

        using var retry = await Referral.PostAsync(me, Referral.Valid(), "poging-1");

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Single(Pickup.Files(host.PickupDirectory));
    }

    [Fact]
    public async Task Post_After30DaysOrOtherClient_SendsWithoutAskingAndIsNotALookup()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        using var first = await Referral.PostAsync(me, Referral.Valid());
        host.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var other = Referral.Valid();
        other["client"]!["givenName"] = "Lotte";

        using var later = await Referral.PostAsync(me, Referral.Valid());
        using var otherClient = await Referral.PostAsync(me, other);

        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.Equal(HttpStatusCode.Created, otherClient.StatusCode);
        Assert.Equal(0, await LookupAuditsAsync(host));
    }

    [Fact]
    public async Task Post_DuplicateWithLookupBudgetSpent_Returns429AndChecksThatFindNothingSpendNone()
    {
        await using var host = await ReferralHost.CreateAsync(provider, settings: new Dictionary<string, string?> { ["RateLimiting:LookupsPerMinute"] = "1" });
        using var me = host.CreateWorker();
        foreach (var given in new[] { "Lotte", "Lieze", "Mira" })
        {
            var body = Referral.Valid();
            body["client"]!["givenName"] = given;
            using var sent = await Referral.PostAsync(me, body);
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        // Three sends that found nothing left the one look-up of this minute; the look-up spends it.
        using var lookup = await me.PostAsJsonAsync("/api/referrals/lookup", new { givenName = "Jan", familyName = "Janssens", postalCode = "9690" });
        var again = Referral.Valid();
        again["client"]!["givenName"] = "Lotte";
        using var refused = await Referral.PostAsync(me, again);

        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("rate_limited", (await refused.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(3, Pickup.Files(host.PickupDirectory).Count);
    }
}

public sealed class DuplicateCheckSqliteTests() : DuplicateCheckTests(DatabaseProvider.Sqlite);

public sealed class DuplicateCheckPostgresTests() : DuplicateCheckTests(DatabaseProvider.Postgres);
