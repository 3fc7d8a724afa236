using System.Net;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Teams;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>
/// <c>teamGroupIds</c> on a protocol entry: who may refer under it (article 10/1). A new group is a widening change for a
/// second administrator; a removed one applies at once; left out of a change, the approved groups stay.
/// </summary>
public sealed class TeamGroupsTests
{
    private const string NewGroup = "7d2e6a10-3b4c-4d5e-8f60-718293a4b5c6";

    [Fact]
    public async Task Get_DevelopmentSeed_CarriesEachProtocolsOwnGroup()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();

        var (kluisbergen, _) = await AdminRequests.GetAsync(admin, "kluisbergen");
        var (tessenderlo, _) = await AdminRequests.GetAsync(admin, "tessenderlo-ham");

        Assert.Equal([DevelopmentTeams.ScheldeleieGroupId], Groups(kluisbergen));
        Assert.Equal([DevelopmentTeams.WestLimburgGroupId], Groups(tessenderlo));
    }

    [Fact]
    public async Task Update_NewGroup_WaitsForSecondAdministratorThenLetsItsMembersRefer()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        using var newcomer = host.CreateWorker("nieuw@opgroeien.be", groups: NewGroup);
        var (body, etag) = await AdminRequests.GetAsync(admin, "kluisbergen");
        body["teamGroupIds"] = new JsonArray(DevelopmentTeams.ScheldeleieGroupId, NewGroup.ToUpperInvariant());

        var proposal = AdminRequests.UpdateAsync(admin, "kluisbergen", body, etag);
        var id = await AdminRequests.ProposalIdAsync(proposal);
        using var before = await Referral.PostAsync(newcomer, Referral.Valid());
        host.Time.Advance(TimeSpan.FromSeconds(1));
        using var approval = await AdminRequests.ApproveAsync(host.CreateSecondAdmin(), id);
        using var after = await Referral.PostAsync(newcomer, Referral.Valid());

        Assert.Equal("team_not_in_protocol", (await before.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal([DevelopmentTeams.ScheldeleieGroupId, NewGroup], Groups((await AdminRequests.GetAsync(admin, "kluisbergen")).Body));
    }

    [Fact]
    public async Task Update_GroupRemoved_AppliesAtOnceAndTheProtocolAcceptsNoReferrals()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var (body, etag) = await AdminRequests.GetAsync(admin, "kluisbergen");
        body["teamGroupIds"] = new JsonArray();

        using var response = await AdminRequests.UpdateAsync(admin, "kluisbergen", body, etag);
        using var refused = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Groups((await AdminRequests.GetAsync(admin, "kluisbergen")).Body));
        Assert.Equal("protocol_without_team", (await refused.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Update_GroupsLeftOut_KeepsTheApprovedGroups()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var (body, etag) = await AdminRequests.GetAsync(admin, "kluisbergen");
        body.Remove("teamGroupIds");
        body["endedOn"] = "2027-06-30";

        using var response = await AdminRequests.UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([DevelopmentTeams.ScheldeleieGroupId], Groups((await AdminRequests.GetAsync(admin, "kluisbergen")).Body));
    }

    [Theory]
    [InlineData("Kind en Gezin Scheldeleie")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("")]
    public async Task Update_GroupNotAnObjectId_Returns400FieldError(string group)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var (body, etag) = await AdminRequests.GetAsync(admin, "kluisbergen");
        body["teamGroupIds"] = new JsonArray(group);

        using var response = await AdminRequests.UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await response.CodesAsync(), c => c is ("teamGroupIds", "team_group_invalid"));
    }

    private static string[] Groups(JsonObject entry) => [.. entry["teamGroupIds"]!.AsArray().Select(g => g!.GetValue<string>())];
}
