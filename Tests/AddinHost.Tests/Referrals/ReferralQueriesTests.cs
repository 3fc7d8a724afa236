using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Teams;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>GET /api/referrals and POST /api/referrals/lookup: own referrals (the DPO: all), the look-up within the team, no client data.</summary>
public abstract class ReferralQueriesTests(DatabaseProvider provider)
{
    private static async Task<string> SendAsync(ReferralHost host, HttpClient client, string ocmwId = "kluisbergen", string? givenName = null)
    {
        var body = Referral.Valid(ocmwId, ocmwId == "kluisbergen" ? "socialedienst@kluisbergen.be" : "socialedienst@tessenderlo-ham.be");
        if (givenName is not null)
        {
            body["client"]!["givenName"] = givenName;
        }

        using var response = await Referral.PostAsync(client, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        return (await response.JsonAsync()).GetProperty("reference").GetString()!;
    }

    private static string[] References(JsonElement page, string member = "items") =>
        [.. page.GetProperty(member).EnumerateArray().Select(i => i.GetProperty("reference").GetString()!)];

    [Fact]
    public async Task List_Worker_SeesOwnNewestFirstPagedWithoutClientData()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        using var other = host.CreateWorker("other@opgroeien.be");
        var first = await SendAsync(host, me);
        await SendAsync(host, other);
        var second = await SendAsync(host, me, givenName: "Lotte");
        var third = await SendAsync(host, me, givenName: "Lieze");

        using var response = await me.GetAsync("/api/referrals?pageSize=2");
        using var next = await me.GetAsync("/api/referrals?pageSize=2&page=2");

        var text = await response.Content.ReadAsStringAsync();
        var page = await response.JsonAsync();
        Assert.Equal([third, second], References(page));
        Assert.Equal([first], References(await next.JsonAsync()));
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal("kluisbergen", item.GetProperty("ocmwId").GetString());
        Assert.Equal("sent", item.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("passphraseDeliveredAt").ValueKind);
        foreach (var value in Referral.PersonalValues.Append("Lotte").Append("Lieze"))
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task List_AllAsWorkerOrAdmin_Returns403AndAsDpoShowsEveryonesFiltered()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        using var admin = host.CreateDpo();
        using var administrator = host.CreateWorker("beheerder@opgroeien.be", "Referral.Admin,Referral.Worker");
        var mine = await SendAsync(host, me);
        var tessenderlo = await SendAsync(host, me, "tessenderlo-ham");

        using var refused = await me.GetAsync("/api/referrals?all=true");
        using var refusedAdmin = await administrator.GetAsync("/api/referrals?all=true");
        using var all = await admin.GetAsync("/api/referrals?all=true");
        using var filtered = await admin.GetAsync("/api/referrals?all=true&ocmwId=tessenderlo-ham&status=sent");
        using var own = await admin.GetAsync("/api/referrals");
        using var badStatus = await admin.GetAsync("/api/referrals?all=true&status=verzonden");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("dpo_only", (await refused.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refusedAdmin.StatusCode);
        Assert.Equal([tessenderlo, mine], References(await all.JsonAsync()));
        Assert.Equal([tessenderlo], References(await filtered.JsonAsync()));
        Assert.Empty(References(await own.JsonAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains(await badStatus.CodesAsync(), c => c is ("status", "status_unknown"));
    }

    [Fact]
    public async Task Lookup_SameClientTypedDifferently_FindsTeamsReferralsOnlyAndDpoFindsAll()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker(groups: DevelopmentTeams.ScheldeleieGroupId);
        using var other = host.CreateWorker("other@opgroeien.be", groups: DevelopmentTeams.ScheldeleieGroupId);
        using var westLimburg = host.CreateWorker("west@opgroeien.be", groups: DevelopmentTeams.WestLimburgGroupId);
        using var admin = host.CreateDpo();
        using var administrator = host.CreateAdmin();
        var mine = await SendAsync(host, me);
        var theirs = await SendAsync(host, other);
        await SendAsync(host, me, givenName: "Lotte");
        var query = new { givenName = "ZOE ", familyName = "vandersmissen", postalCode = "9690" };

        using var mineResponse = await me.PostAsJsonAsync("/api/referrals/lookup", query);
        using var adminResponse = await admin.PostAsJsonAsync("/api/referrals/lookup", query);
        using var otherTeam = await westLimburg.PostAsJsonAsync("/api/referrals/lookup", query);
        using var administratorResponse = await administrator.PostAsJsonAsync("/api/referrals/lookup", query);
        using var elsewhere = await me.PostAsJsonAsync("/api/referrals/lookup", new { givenName = "Zoë", familyName = "Vandersmissen", postalCode = "3980" });

        Assert.Equal(HttpStatusCode.OK, mineResponse.StatusCode);
        Assert.Equal([theirs, mine], References(await mineResponse.JsonAsync(), "matches"));
        Assert.Equal([theirs, mine], References(await adminResponse.JsonAsync(), "matches"));
        Assert.Empty(References(await otherTeam.JsonAsync(), "matches"));
        Assert.Equal(HttpStatusCode.Forbidden, administratorResponse.StatusCode);
        Assert.Empty(References(await elsewhere.JsonAsync(), "matches"));
        Assert.DoesNotContain("vandersmissen", host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Lookup_ApostropheHyphenOrSpaceTypedDifferently_FindsTheSamePersonAndSaysWhatWasCompared()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        var body = Referral.Valid();
        body["client"]!["familyName"] = "'t Hooft-Van Damme";
        using var sent = await Referral.PostAsync(me, body);
        var reference = (await sent.JsonAsync()).GetProperty("reference").GetString();

        foreach (var typed in new[] { "t Hooft-Van Damme", "T’HOOFT VAN-DAMME", "thooftvandamme", "'t Höoft Van Damme" })
        {
            using var response = await me.PostAsJsonAsync("/api/referrals/lookup", new { givenName = "zoe", familyName = typed, postalCode = "9690" });

            var json = await response.JsonAsync();
            Assert.Equal([reference!], References(json, "matches"));
            Assert.Contains("zelfde voornaam, familienaam en postcode", json.GetProperty("compared").GetString(), StringComparison.Ordinal);
        }

        using var otherPerson = await me.PostAsJsonAsync("/api/referrals/lookup", new { givenName = "Zoë", familyName = "Hooft", postalCode = "9690" });
        Assert.Empty(References(await otherPerson.JsonAsync(), "matches"));
        Assert.DoesNotContain("hooft", host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Lookup_ReferralRecordedBeforeTheNewNormalisation_IsStillFound()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        var body = Referral.Valid();
        body["client"]!["familyName"] = "'t Hooft";
        using var sent = await Referral.PostAsync(me, body);
        var id = (await sent.JsonAsync()).GetProperty("referralId").GetGuid();
        // As it was recorded before December 2026: the earlier normalisation kept the apostrophe and the space.
        await host.QueryAsync(async db =>
        {
            var pseudonyms = host.Services.GetRequiredService<OutlookReferralAddin.AddinHost.Consent.ClientPseudonyms>();
            var record = await db.ConsentRecords.SingleAsync(r => r.Id == id);
            record.ClientPseudonym = pseudonyms.Pseudonym.ComputeBeforeDecember2026(Referral.GivenName, "'t Hooft", "9690");
            return await db.SaveChangesAsync();
        });

        using var response = await me.PostAsJsonAsync("/api/referrals/lookup", new { givenName = "Zoë", familyName = "'t Hooft", postalCode = "9690" });

        Assert.Single(References(await response.JsonAsync(), "matches"));
    }

    [Fact]
    public async Task Lookup_MissingNameAndBadPostcode_Returns400WithDutchFieldMessages()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();

        using var response = await me.PostAsJsonAsync("/api/referrals/lookup", new { givenName = "", familyName = "Peeters", postalCode = "96" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = await response.CodesAsync();
        Assert.Contains(codes, c => c is ("givenName", "required"));
        Assert.Contains(codes, c => c is ("postalCode", "invalid_postal_code"));
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("De voornaam is verplicht.", errors.GetProperty("givenName")[0].GetString());
        Assert.DoesNotContain("Peeters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ReferralQueriesSqliteTests() : ReferralQueriesTests(DatabaseProvider.Sqlite);

public sealed class ReferralQueriesPostgresTests() : ReferralQueriesTests(DatabaseProvider.Postgres);
