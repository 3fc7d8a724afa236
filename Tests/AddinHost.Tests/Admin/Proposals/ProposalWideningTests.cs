using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Proposals;

/// <summary>
/// Four eyes on the allow-list, what waits and what applies at once: what widens (a postcode, a domain, in force sooner,
/// an ended protocol reopened, a changed contact point) waits for a second administrator, and the directory shows it only
/// then; what narrows (also a contact point removed) applies at once, audited without a proposal.
/// </summary>
public abstract class ProposalWideningTests(DatabaseProvider provider)
{
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
}

public sealed class ProposalWideningSqliteTests() : ProposalWideningTests(DatabaseProvider.Sqlite);

public sealed class ProposalWideningPostgresTests() : ProposalWideningTests(DatabaseProvider.Postgres);
