using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Proposals;

/// <summary>
/// Four eyes on the allow-list: what widens waits for a second administrator; what narrows applies at once; the
/// directory, the referral's recipient check and the compose-window screening see approved state only.
/// </summary>
public abstract class ProposalsApiTests(DatabaseProvider provider)
{
    private const string Onthaal = "onthaal@kluisbergen.be";

    private static async Task<string> ProposeOnthaalAsync(HttpClient admin)
    {
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["mailboxes"] = new JsonArray("socialedienst@kluisbergen.be", Onthaal);
        return await ProposalIdAsync(UpdateAsync(admin, "kluisbergen", body, etag));
    }

    [Fact]
    public async Task Approve_OwnProposal_Returns403AndLeavesDirectory()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var id = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));

        using var response = await ApproveAsync(admin, id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("own_proposal", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(2, await host.QueryAsync(db => db.OcmwProtocols.CountAsync()));
        Assert.NotEqual("allowed", (await CheckAsync(worker, NewMailbox, NewId)).Verdict);
    }

    /// <summary>The page leaves "Goedkeuren" out on one's own proposal: the list says whose it is, per reader.</summary>
    [Fact]
    public async Task List_OwnProposal_MineForProposerOnly()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));

        using var own = await admin.GetAsync(new Uri("/api/admin/proposals?status=pending", UriKind.Relative));
        using var other = await second.GetAsync(new Uri($"/api/admin/proposals/{id}", UriKind.Relative));

        Assert.True(Assert.Single((await own.JsonAsync()).EnumerateArray()).GetProperty("mine").GetBoolean());
        Assert.False((await other.JsonAsync()).GetProperty("mine").GetBoolean());
    }

    [Fact]
    public async Task Approve_AsWorker_Returns403()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var id = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));

        using var response = await ApproveAsync(worker, id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(2, await host.QueryAsync(db => db.OcmwProtocols.CountAsync()));
    }

    [Fact]
    public async Task Reject_WithReason_KeepsReasonAndNothingReachesDirectory()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        using var worker = host.CreateWorker();
        var id = await ProposeOnthaalAsync(admin);

        using var response = await RejectAsync(second, id, "Niet in het protocol: vraag het OCMW om een bevestiging.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(("rejected", SecondAdminUpn), (json.GetProperty("status").GetString(), json.GetProperty("decidedBy").GetString()));
        Assert.Equal("Niet in het protocol: vraag het OCMW om een bevestiging.", json.GetProperty("rejectionReason").GetString());
        Assert.NotEqual("allowed", (await CheckAsync(worker, Onthaal, "kluisbergen")).Verdict);
        using var approval = await ApproveAsync(second, id);
        Assert.Equal(HttpStatusCode.Conflict, approval.StatusCode);
        Assert.Equal("proposal_decided", (await approval.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("   ", "required")]
    public async Task Reject_WithoutReason_Returns400AndStaysPending(string? reason, string code)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);

        using var response = await RejectAsync(second, id, reason);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("reason", code), Assert.Single(await response.CodesAsync()));
        Assert.Equal("pending", (await host.QueryAsync(db => db.Proposals.SingleAsync())).Status);
    }

    [Fact]
    public async Task Approve_AfterConfiguredExpiry_Returns409Expired()
    {
        await using var host = await ReferralHost.CreateAsync(provider, settings: new Dictionary<string, string?> { ["Directory:ProposalExpiryDays"] = "3" });
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);
        host.Time.Advance(TimeSpan.FromDays(3));

        using var response = await ApproveAsync(second, id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("proposal_expired", (await response.JsonAsync()).GetProperty("code").GetString());
        using var list = await second.GetAsync(new Uri("/api/admin/proposals?status=expired", UriKind.Relative));
        Assert.Equal(id, Assert.Single((await list.JsonAsync()).EnumerateArray()).GetProperty("id").GetString());
        // An expired proposal no longer blocks a new one.
        Assert.NotEqual(id, await ProposeOnthaalAsync(admin));
    }

    [Fact]
    public async Task Approve_JustBeforeExpiry_Applies()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);
        host.Time.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));

        using var response = await ApproveAsync(second, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Update_WhileProposalPending_Returns409ProposalPending()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        await ProposeOnthaalAsync(admin);
        var (body, etag) = await GetAsync(second, "kluisbergen");
        body["postalCodes"] = new JsonArray("9690", "9691");

        using var response = await UpdateAsync(second, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("proposal_pending", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    public static TheoryData<string, string?> Narrowing => new()
    {
        { "postalCodes", "[\"3980\"]" },
        { "mailboxes", "[\"socialedienst@tessenderlo-ham.be\"]" },
        { "inForceFrom", "2026-03-01" },
        { "endedOn", "2027-01-01" },
    };

    [Theory]
    [MemberData(nameof(Narrowing))]
    public async Task Update_Narrowing_AppliesAtOnceAuditedWithoutProposal(string field, string? value)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        await ApproveWidenTessenderloAsync(host, admin);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var (body, etag) = await GetAsync(admin, "tessenderlo-ham");
        body[field] = value is not null && value.StartsWith('[') ? JsonNode.Parse(value) : value;
        var proposalsBefore = await host.QueryAsync(db => db.Proposals.CountAsync());

        using var response = await UpdateAsync(admin, "tessenderlo-ham", body, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(proposalsBefore, await host.QueryAsync(db => db.Proposals.CountAsync()));
        var stored = (await GetAsync(admin, "tessenderlo-ham")).Body;
        Assert.True(JsonNode.DeepEquals(body[field], stored[field]), $"{field} was not applied");
        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == "tessenderlo-ham").OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync());
        Assert.Equal(("updated", "admin@opgroeien.be", null), (audit[^1].Action, audit[^1].ActorUpn, audit[^1].ProposalId));
    }

    /// <summary>Tessenderlo-Ham with a second mailbox (approved), so that removing one is possible.</summary>
    private static async Task ApproveWidenTessenderloAsync(ReferralHost host, HttpClient admin)
    {
        var (body, etag) = await GetAsync(admin, "tessenderlo-ham");
        body["mailboxes"] = new JsonArray("socialedienst@tessenderlo-ham.be", "onthaal@tessenderlo-ham.be");
        await ApprovedAsync(host, UpdateAsync(admin, "tessenderlo-ham", body, etag));
    }

    public static TheoryData<string, string?> Widening => new()
    {
        { "postalCodes", "[\"9690\",\"9681\"]" },
        { "domains", "[\"kluisbergen.be\",\"ocmw-kluisbergen.be\"]" },
        { "inForceFrom", "2023-12-01" },
    };

    [Theory]
    [MemberData(nameof(Widening))]
    public async Task Update_Widening_Returns202AndKeepsApprovedEntry(string field, string? value)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body[field] = value is not null && value.StartsWith('[') ? JsonNode.Parse(value) : value;
        body["confirmWarnings"] = true;

        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal([field], json.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(etag, (await GetAsync(admin, "kluisbergen")).ETag);
    }

    [Fact]
    public async Task Update_EndedProtocolReopened_IsProposal()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        (await EndAsync(admin, "kluisbergen", "2026-11-24")).Dispose();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["endedOn"] = null;

        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("ended", (await GetAsync(admin, "kluisbergen")).Body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_ReplaceOnlyMailbox_OldStaysUntilApprovalThenOnlyNewIsAllowed()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["mailboxes"] = new JsonArray(Onthaal);
        body["noticeMonths"] = 6;

        var id = await ProposalIdAsync(UpdateAsync(admin, "kluisbergen", body, etag));

        // The notice period (it reaches no one) changed at once; the mailbox waits, and the old one still works meanwhile.
        var now = (await GetAsync(admin, "kluisbergen")).Body;
        Assert.Equal(6, now["noticeMonths"]!.GetValue<int>());
        Assert.Equal("allowed", (await CheckAsync(worker, "socialedienst@kluisbergen.be", "kluisbergen")).Verdict);
        Assert.NotEqual("allowed", (await CheckAsync(worker, Onthaal, "kluisbergen")).Verdict);
        using var second = host.CreateSecondAdmin();
        (await ApproveAsync(second, id)).Dispose();
        await VerifyAsync(host, admin, "kluisbergen", Onthaal);
        Assert.Equal("allowed", (await CheckAsync(worker, Onthaal, "kluisbergen")).Verdict);
        Assert.NotEqual("allowed", (await CheckAsync(worker, "socialedienst@kluisbergen.be", "kluisbergen")).Verdict);
    }

    [Fact]
    public async Task Approve_EntryEndedSinceProposal_Returns409OutdatedAndKeepsItEnded()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);
        (await EndAsync(second, "kluisbergen", "2026-11-24")).Dispose();

        using var list = await second.GetAsync(new Uri("/api/admin/proposals?status=pending", UriKind.Relative));
        using var response = await ApproveAsync(second, id);

        Assert.True(Assert.Single((await list.JsonAsync()).EnumerateArray()).GetProperty("outdated").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("proposal_outdated", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("ended", (await GetAsync(admin, "kluisbergen")).Body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Approve_ConflictArisenSinceProposal_Returns409WithFieldErrors()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var first = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));
        var other = NewOcmw("oudenaarde-2");
        other["kboNumber"] = "0207.446.871";
        other["name"] = "OCMW Oudenaarde";
        other["domains"] = new JsonArray("oudenaarde.be");
        // Proposing it through the API is refused now (the waiting proposal claims the postcode); two instances racing could
        // still store both, so the second is stored the way the racing instance would have.
        var secondProposal = await StoreRacingProposalAsync(host, other);
        (await ApproveAsync(second, first)).Dispose();

        using var response = await ApproveAsync(second, secondProposal);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("proposal_conflicts", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Contains(("postalCodes[0]", "postcode_in_other_protocol"), await response.CodesAsync());
    }

    private static async Task<string> StoreRacingProposalAsync(ReferralHost host, JsonObject body)
    {
        var id = Guid.CreateVersion7();
        await host.QueryAsync(async db =>
        {
            db.Proposals.Add(new ProposalEntity
            {
                Id = id, OcmwId = body["id"]!.GetValue<string>(), Kind = "create", Status = "pending", Proposed = body.ToJsonString(),
                Source = "admin", ProposedByObjectId = "racing-instance", ProposedByUpn = "admin@opgroeien.be",
                ProposedAt = host.Time.GetUtcNow(), ExpiresAt = host.Time.GetUtcNow().AddDays(14),
            });
            return await db.SaveChangesAsync();
        });
        return id.ToString();
    }

    [Fact]
    public async Task Propose_PostcodeKboAndMailboxOfWaitingProposal_Refused400NamingIt()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        await ProposalIdAsync(CreateAsync(admin, NewOcmw()));
        var rival = NewOcmw("oudenaarde-2");

        using var response = await CreateAsync(second, rival);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = await response.CodesAsync();
        Assert.Contains(("postalCodes[0]", "postcode_in_other_protocol"), codes);
        Assert.Contains(codes, c => c.Field == "kboNumber");
        var json = await response.JsonAsync();
        var message = json.GetProperty("errors").GetProperty("postalCodes[0]")[0].GetString();
        Assert.Contains("OCMW Oudenaarde (voorstel dat wacht op goedkeuring)", message, StringComparison.Ordinal);
        Assert.Equal(1, await host.QueryAsync(db => db.Proposals.CountAsync()));
    }

    [Fact]
    public async Task Propose_SameEntryConcurrently_OneProposalOthers409()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["mailboxes"] = new JsonArray("socialedienst@kluisbergen.be", Onthaal);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await UpdateAsync(admin, "kluisbergen", body.DeepClone(), etag);
            return ((int)response.StatusCode, (await response.JsonAsync()).TryGetProperty("code", out var c) ? c.GetString() : null);
        }));

        Assert.Single(answers, a => a.Item1 == 202);
        Assert.All(answers.Where(a => a.Item1 != 202), a => Assert.Equal((409, "proposal_pending"), a));
        Assert.Equal(1, await host.QueryAsync(db => db.Proposals.CountAsync(p => p.Status == "pending")));
    }

    [Fact]
    public async Task Propose_AfterExpiry_StoresOldOneAsExpiredAndNewOneWaits()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var old = await ProposeOnthaalAsync(admin);
        host.Time.Advance(TimeSpan.FromDays(15));

        var renewed = await ProposeOnthaalAsync(admin);

        var rows = await host.QueryAsync(db => db.Proposals.AsNoTracking().ToListAsync());
        Assert.Equal("expired", rows.Single(r => r.Id.ToString() == old).Status);
        Assert.Equal("pending", rows.Single(r => r.Id.ToString() == renewed).Status);
    }

    public static TheoryData<string, string> ContactPoints => new()
    {
        { "socialServicePhone", "+3255389499" },
        { "teamMailbox", "andere@kindengezin.be" },
        { "teamPhone", "+3255334799" },
    };

    /// <summary>The passphrase is read to the social service's phone; the OCMW reports to the team: a changed one waits.</summary>
    [Theory]
    [MemberData(nameof(ContactPoints))]
    public async Task Update_ContactPointChanged_WaitsForSecondAdminThenDirectoryShowsIt(string field, string value)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        var before = body[field]!.GetValue<string>();
        body[field] = value;

        var id = await ProposalIdAsync(UpdateAsync(admin, "kluisbergen", body, etag));

        Assert.Equal(before, (await GetAsync(admin, "kluisbergen")).Body[field]!.GetValue<string>());
        Assert.Contains(before, await DirectoryEntryAsync(host, field), StringComparison.Ordinal);
        (await ApproveAsync(second, id)).Dispose();
        Assert.Equal(value, (await GetAsync(admin, "kluisbergen")).Body[field]!.GetValue<string>());
        Assert.Contains(value, await DirectoryEntryAsync(host, field), StringComparison.Ordinal);
    }

    // Not the social service's phone: an entry without it is refused (SocialServicePhoneTests).
    [Theory]
    [InlineData("teamMailbox")]
    public async Task Update_ContactPointRemoved_AppliesAtOnce(string field)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body[field] = null;

        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await GetAsync(admin, "kluisbergen")).Body[field]);
        Assert.Equal(0, await host.QueryAsync(db => db.Proposals.CountAsync()));
    }

    private static async Task<string> DirectoryEntryAsync(ReferralHost host, string field)
    {
        using var response = await host.CreateClient().GetAsync(new Uri("/api/directory", UriKind.Relative));
        var entry = (await response.JsonAsync()).GetProperty("ocmws").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "kluisbergen");
        return entry.GetProperty(field).GetRawText();
    }

    [Fact]
    public async Task List_Pending_ShowsProposalAndAdminListPointsToIt()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);

        using var response = await second.GetAsync(new Uri("/api/admin/proposals?status=pending", UriKind.Relative));
        using var ocmws = await second.GetAsync(new Uri("/api/admin/ocmws", UriKind.Relative));

        var item = Assert.Single((await response.JsonAsync()).EnumerateArray());
        Assert.Equal((id, "kluisbergen", "OCMW Kluisbergen", "update"),
            (item.GetProperty("id").GetString(), item.GetProperty("ocmwId").GetString(), item.GetProperty("ocmwName").GetString(), item.GetProperty("kind").GetString()));
        Assert.Equal(["mailboxes"], item.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, item.GetProperty("current").GetProperty("mailboxes").GetArrayLength());
        Assert.Equal(ReferralHost.Start.AddDays(14), item.GetProperty("expiresAt").GetDateTimeOffset());
        var entry = Assert.Single((await ocmws.JsonAsync()).EnumerateArray(), e => e.GetProperty("id").GetString() == "kluisbergen");
        Assert.Equal(id, entry.GetProperty("pendingProposalId").GetString());
    }

    [Fact]
    public async Task Screening_PendingMailbox_IsNotAnAgreedMailboxUntilApproved()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var anonymous = host.CreateClient();
        var id = await ProposeOnthaalAsync(admin);

        var pending = await ScreenAsync(anonymous, Onthaal);
        using var second = host.CreateSecondAdmin();
        (await ApproveAsync(second, id)).Dispose();
        var approved = await ScreenAsync(anonymous, Onthaal);
        await VerifyAsync(host, admin, "kluisbergen", Onthaal);
        var verified = await ScreenAsync(anonymous, Onthaal);

        // Pending: just some other address on Kluisbergen's domain. Approved: the agreed mailbox, awaiting verification.
        Assert.Equal(("other_mailbox_same_domain", false), (pending.GetProperty("code").GetString(), pending.GetProperty("allowedMailbox").GetBoolean()));
        Assert.Equal(("mailbox_not_verified", false), (approved.GetProperty("code").GetString(), approved.GetProperty("allowedMailbox").GetBoolean()));
        Assert.True(verified.GetProperty("allowedMailbox").GetBoolean());
    }

    private static async Task<JsonElement> ScreenAsync(HttpClient client, string address)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/recipients/screen", UriKind.Relative), new { recipients = new[] { address } });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("results")[0];
    }

    [Fact]
    public async Task Audit_Approved_RecordsProposerAndApproverWithBothTimes()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));
        host.Time.Advance(TimeSpan.FromHours(3));
        (await ApproveAsync(second, id)).Dispose();

        using var response = await admin.GetAsync(new Uri($"/api/admin/audit?entityId={NewId}", UriKind.Relative));

        var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["created", "proposed"], items.Select(i => i.GetProperty("action").GetString()));
        var (created, proposed) = (items[0], items[1]);
        Assert.Equal((SecondAdminUpn, ReferralHost.Start.AddHours(3)), (created.GetProperty("actor").GetString(), created.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(("admin@opgroeien.be", ReferralHost.Start), (created.GetProperty("proposedBy").GetString(), created.GetProperty("proposedAt").GetDateTimeOffset()));
        Assert.Equal(id, created.GetProperty("proposalId").GetString());
        Assert.Equal(("admin@opgroeien.be", ReferralHost.Start), (proposed.GetProperty("actor").GetString(), proposed.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(JsonValueKind.Null, proposed.GetProperty("before").ValueKind);
        Assert.Equal(NewMailbox, proposed.GetProperty("after").GetProperty("mailboxes")[0].GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task Start_InvalidProposalExpiryDays_RefusesToStart(string days)
    {
        await using var host = await ReferralHost.CreateAsync(provider, settings: new Dictionary<string, string?> { ["Directory:ProposalExpiryDays"] = days });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Directory:ProposalExpiryDays", error.ToString(), StringComparison.Ordinal);
    }
}

public sealed class ProposalsApiSqliteTests() : ProposalsApiTests(DatabaseProvider.Sqlite);

public sealed class ProposalsApiPostgresTests() : ProposalsApiTests(DatabaseProvider.Postgres);
