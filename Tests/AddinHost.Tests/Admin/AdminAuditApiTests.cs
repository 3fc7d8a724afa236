using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>/api/admin/audit: every change recorded with who, when, before and after; nothing can change it.</summary>
public abstract class AdminAuditApiTests(DatabaseProvider provider)
{
    [Fact]
    public async Task List_AfterCreateUpdateEnd_RecordsEachChangeWithBeforeAndAfter()
    {
        // Four eyes: the entry and its extra postcode are proposed by one administrator and approved by another.
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        await ApprovedAsync(host, CreateAsync(admin, NewOcmw()));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var (body, etag) = await GetAsync(admin, NewId);
        body["postalCodes"] = new JsonArray("9700", "9701");
        await ApprovedAsync(host, UpdateAsync(admin, NewId, body, etag));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        (await EndAsync(admin, NewId, "2027-01-01")).Dispose();

        using var response = await admin.GetAsync(new Uri($"/api/admin/audit?entityId={NewId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(5, json.GetProperty("total").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["ended", "updated", "proposed", "created", "proposed"], items.Select(i => i.GetProperty("action").GetString()));
        Assert.Equal(["admin@opgroeien.be", SecondAdminUpn, "admin@opgroeien.be", SecondAdminUpn, "admin@opgroeien.be"],
            items.Select(i => i.GetProperty("actor").GetString()));
        Assert.All(items, i =>
        {
            Assert.False(string.IsNullOrEmpty(i.GetProperty("actorObjectId").GetString()));
            Assert.Equal("ocmw", i.GetProperty("entityType").GetString());
            Assert.Equal(NewId, i.GetProperty("entityId").GetString());
        });
        var (ended, updated, created) = (items[0], items[1], items[3]);
        Assert.Equal(ReferralHost.Start.AddSeconds(1), created.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(("admin@opgroeien.be", ReferralHost.Start),
            (created.GetProperty("proposedBy").GetString(), created.GetProperty("proposedAt").GetDateTimeOffset()));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("before").ValueKind);
        Assert.Equal("0123.456.749", created.GetProperty("after").GetProperty("kboNumber").GetString());
        // Only the protocol entry's own (public) fields: nothing about clients, no time-dependent status.
        Assert.Equal(
            ["address", "domains", "endedOn", "id", "inForceFrom", "kboNumber", "mailboxes", "name", "noticeMonths", "ocmwDpo",
             "opgroeienDpo", "postalCodes", "referringTeam", "signedOn", "socialServicePhone", "teamGroupIds", "teamMailbox", "teamPhone"],
            created.GetProperty("after").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1, updated.GetProperty("before").GetProperty("postalCodes").GetArrayLength());
        Assert.Equal(2, updated.GetProperty("after").GetProperty("postalCodes").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("before").GetProperty("endedOn").ValueKind);
        Assert.Equal("2027-01-01", ended.GetProperty("after").GetProperty("endedOn").GetString());
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("proposedBy").ValueKind);
        Assert.Equal(ReferralHost.Start.AddMinutes(2).AddSeconds(2), ended.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task List_FilterAndPaging_ReturnsMatchingPage()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        (await CreateAsync(admin, NewOcmw())).Dispose();
        host.Time.Advance(TimeSpan.FromDays(2));
        (await EndAsync(admin, "kluisbergen", "2027-03-01")).Dispose();
        (await EndAsync(admin, "tessenderlo-ham", "2027-08-01")).Dispose();

        var all = await ListAsync(admin, "");
        var fromLater = await ListAsync(admin, "?from=2026-11-25");
        var untilFirstDay = await ListAsync(admin, "?to=2026-11-24");
        var secondPage = await ListAsync(admin, "?page=2&pageSize=2");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(2, fromLater.GetProperty("total").GetInt32());
        Assert.Equal(NewId, Assert.Single(untilFirstDay.GetProperty("items").EnumerateArray()).GetProperty("entityId").GetString());
        Assert.Equal(3, secondPage.GetProperty("total").GetInt32());
        Assert.Equal(NewId, Assert.Single(secondPage.GetProperty("items").EnumerateArray()).GetProperty("entityId").GetString());
    }

    /// <summary>The Protocol column shows the OCMW's name for every entry about one, not its key (verifications too).</summary>
    [Fact]
    public async Task List_EntriesOfEachKind_CarryTheOcmwsName()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        await ProposalIdAsync(CreateAsync(admin, NewOcmw()));
        await host.QueryAsync(db =>
        {
            db.AuditEntries.Add(Entry("mailbox_verified", "mailbox", "kluisbergen", """{"ocmwId":"kluisbergen","status":"Confirmed","attempts":2}"""));
            db.AuditEntries.Add(Entry("referral_lookup", "lookup", "team", """{"scope":"team","found":false,"matches":0}"""));
            return db.SaveChangesAsync();
        });

        using var response = await admin.GetAsync(new Uri("/api/admin/audit", UriKind.Relative));

        var names = (await response.JsonAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("action").GetString()!, i => i.GetProperty("entityName").GetString());
        Assert.Equal("OCMW Oudenaarde", names["proposed"]);
        Assert.Equal("OCMW Kluisbergen", names["mailbox_verified"]);
        Assert.Null(names["referral_lookup"]);
    }

    private static AuditEntryEntity Entry(string action, string type, string entityId, string after) => new()
    {
        Id = Guid.CreateVersion7(), At = ReferralHost.Start, ActorObjectId = "x", ActorUpn = "admin@opgroeien.be",
        Action = action, EntityType = type, EntityId = entityId, After = after,
    };

    [Fact]
    public async Task List_UnreadableDate_Returns400()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await admin.GetAsync(new Uri("/api/admin/audit?from=gisteren", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("from", "invalid_date"), Assert.Single(await response.CodesAsync()));
    }

    [Fact]
    public async Task Update_WithoutChange_WritesNoAuditEntry()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");

        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag!.ToString());
        Assert.Equal(0, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Update_FailingSave_StoresNeitherChangeNorAuditEntry()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, _) = await GetAsync(admin, "kluisbergen");
        // The notice period reaches no one: it applies at once (a team or DPO change would wait for a second administrator).
        body["noticeMonths"] = 6;
        // The database refuses the audit row: the change itself must then be rolled back with it.
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? "CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'refused'); END;"
            : "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql; "
              + "CREATE TRIGGER refuse_audit BEFORE INSERT ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION refuse_audit();"));

        using var response = await UpdateAsync(admin, "kluisbergen", body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(3, (await GetAsync(admin, "kluisbergen")).Body["noticeMonths"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("PUT", "/api/admin/audit")]
    [InlineData("POST", "/api/admin/audit")]
    [InlineData("DELETE", "/api/admin/audit")]
    [InlineData("PUT", "/api/admin/audit/{id}")]
    [InlineData("PATCH", "/api/admin/audit/{id}")]
    [InlineData("DELETE", "/api/admin/audit/{id}")]
    public async Task Modify_AuditEntry_Returns405AndLeavesItUnchanged(string method, string path)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        (await CreateAsync(admin, NewOcmw())).Dispose();
        var stored = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());

        using var response = await SendAsync(admin, new HttpMethod(method), path.Replace("{id}", stored.Id.ToString(), StringComparison.Ordinal),
            new JsonObject { ["action"] = "deleted" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var after = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal((stored.Action, stored.After), (after.Action, after.After));
        using var get = await admin.GetAsync(new Uri($"/api/admin/audit/{stored.Id}", UriKind.Relative));
        Assert.Equal("proposed", (await get.JsonAsync()).GetProperty("action").GetString());
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri("/api/admin/audit" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}

public sealed class AdminAuditApiSqliteTests() : AdminAuditApiTests(DatabaseProvider.Sqlite);

public sealed class AdminAuditApiPostgresTests() : AdminAuditApiTests(DatabaseProvider.Postgres);
