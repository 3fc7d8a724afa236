using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>The look-up is a question about one family, not a search of the register: limited per user and audited.</summary>
public sealed class LookupGuardsTests
{
    private static readonly object Unknown = new { givenName = "Jan", familyName = "Janssens", postalCode = "9690" };

    [Fact]
    public async Task Lookup_21stInAMinute_Returns429ProblemAndOtherUsersGoOn()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var me = host.CreateWorker();
        using var other = host.CreateWorker("collega@opgroeien.be");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await me.PostAsJsonAsync("/api/referrals/lookup", Unknown);
            statuses.Add(response.StatusCode);
        }

        using var refused = await me.PostAsJsonAsync("/api/referrals/lookup", Unknown);
        using var theirs = await other.PostAsJsonAsync("/api/referrals/lookup", Unknown);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.JsonAsync();
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.Contains("opzoeking wordt geregistreerd", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        Assert.Equal(21, await host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "referral_lookup")));
    }

    [Fact]
    public async Task Lookup_Each_IsAuditedWithScopeAndOutcomeButNeverTheTypedValues()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var me = host.CreateWorker();
        using var admin = host.CreateWorker("dpo@opgroeien.be", "Referral.Dpo");
        using (var sent = await Referral.PostAsync(me, Referral.Valid()))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        var client = Referral.Valid()["client"]!;
        var known = new { givenName = (string)client["givenName"]!, familyName = (string)client["familyName"]!, postalCode = "9690" };
        host.Time.Advance(TimeSpan.FromSeconds(1));
        (await me.PostAsJsonAsync("/api/referrals/lookup", known)).Dispose();
        host.Time.Advance(TimeSpan.FromSeconds(1));
        (await me.PostAsJsonAsync("/api/referrals/lookup", Unknown)).Dispose();
        host.Time.Advance(TimeSpan.FromSeconds(1));
        (await admin.PostAsJsonAsync("/api/referrals/lookup", known)).Dispose();

        var entries = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "referral_lookup")
            .OrderBy(a => a.At).ToListAsync());
        Assert.Equal(
            [
                ("worker@opgroeien.be", """{"scope":"team","found":true,"matches":1}"""),
                ("worker@opgroeien.be", """{"scope":"team","found":false,"matches":0}"""),
                ("dpo@opgroeien.be", """{"scope":"organisation","found":true,"matches":1}"""),
            ],
            entries.Select(e => (e.ActorUpn, e.After)));
        Assert.All(entries, e => Assert.Equal(ReferralHost.Start.AddSeconds(entries.IndexOf(e) + 1), e.At));
        var stored = string.Join('\n', entries.Select(e => System.Text.Json.JsonSerializer.Serialize(e)));
        foreach (var typed in new[] { known.givenName, known.familyName, "Janssens", "9690" })
        {
            Assert.DoesNotContain(typed, stored, StringComparison.OrdinalIgnoreCase);
        }

        using var trail = await admin.GetAsync(new Uri("/api/admin/audit?entityId=team", UriKind.Relative));
        Assert.Equal(2, (await trail.JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ReportIncident_SixthWithinAnHour_Returns429AndMailsNoDpo()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var worker = host.CreateWorker();
        using var sent = await Referral.PostAsync(worker, Referral.Valid());
        var id = (await sent.JsonAsync()).GetProperty("referralId").GetGuid();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await worker.PostAsJsonAsync($"/api/referrals/{id}/incidents",
                new { kind = "passphraseByEmail", occurredAt = "2026-11-24T09:00:00+00:00" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Created, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(10, Pickup.Files(host.PickupDirectory).Count(f => f.Contains("-incident-", StringComparison.Ordinal)));
    }
}

/// <summary>A rotated pseudonym key (say, refused by the stricter key rule) keeps earlier referrals findable.</summary>
public sealed class LookupPreviousKeyTests
{
    private const string OldKey = "the-key-used-before-the-rotation-0123456789-abcdef";

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task Lookup_RecordMadeUnderPreviousKey_IsFoundOnlyWithThatKeyListed(bool listed, int expected)
    {
        await using var host = await ReferralHost.CreateAsync(settings: listed
            ? new Dictionary<string, string?> { ["Privacy:PreviousPseudonymKeys:0"] = OldKey }
            : null);
        using var worker = host.CreateWorker();
        using (var sent = await Referral.PostAsync(worker, Referral.Valid()))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        var client = Referral.Valid()["client"]!;
        var (given, family) = ((string)client["givenName"]!, (string)client["familyName"]!);
        var old = new Core.Consent.ClientPseudonym(System.Text.Encoding.UTF8.GetBytes(OldKey)).Compute(given, family, "9690");
        await host.QueryAsync(db => db.ConsentRecords.ExecuteUpdateAsync(s => s.SetProperty(r => r.ClientPseudonym, old)));

        using var response = await worker.PostAsJsonAsync("/api/referrals/lookup", new { givenName = given, familyName = family, postalCode = "9690" });

        Assert.Equal(expected, (await response.JsonAsync()).GetProperty("matches").GetArrayLength());
    }
}
