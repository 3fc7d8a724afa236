using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Tests.Authentication;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Teams;

/// <summary>
/// Roles and teams as Entra issues them: real v2 tokens with <c>roles</c> and <c>groups</c> from <see cref="LocalOidcServer"/>,
/// validated by Microsoft.Identity.Web, on a host outside Development (the seed carries no group until one is set).
/// </summary>
public sealed class TeamAuthorizationTests : IAsyncLifetime
{
    private const string Scheldeleie = "11111111-2222-4333-8444-000000009690";
    private const string WestLimburg = "11111111-2222-4333-8444-000000003980";

    private LocalOidcServer _oidc = null!;
    private ReferralHost _host = null!;

    public async Task InitializeAsync()
    {
        _oidc = await LocalOidcServer.StartAsync();
        _host = await ReferralHost.CreateAsync(environment: "Production", settings: _oidc.HostSettings(), services: _oidc.TrustFrom);
        await SetTeamsAsync(kluisbergen: [Scheldeleie], tessenderlo: [WestLimburg]);
        await _host.QueryAsync(async db =>
        {
            await VerificationSeed.MarkSeedVerifiedAsync(db, _host.Time.GetUtcNow(), CancellationToken.None);
            // Outside Development the seed has no phones; here they stand for numbers two administrators approved.
            return await db.OcmwProtocols.ExecuteUpdateAsync(s => s.SetProperty(p => p.SocialServicePhone, "+3255389410"));
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _oidc.DisposeAsync();
    }

    [Fact]
    public async Task Post_WorkerOfScheldeleie_RefersToKluisbergenNotToTessenderloHam()
    {
        var token = Token(["Referral.Worker"], [Scheldeleie]);

        using var kluisbergen = await PostReferralAsync(token, Referral.Valid());
        using var tessenderlo = await PostReferralAsync(token, Referral.Valid("tessenderlo-ham", "socialedienst@tessenderlo-ham.be"));

        Assert.Equal(HttpStatusCode.Created, kluisbergen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tessenderlo.StatusCode);
        var problem = await tessenderlo.JsonAsync();
        Assert.Equal("team_not_in_protocol", problem.GetProperty("code").GetString());
        Assert.Contains("Kind en Gezin West-Limburg", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        var stored = await _host.QueryAsync(db => db.ConsentRecords.Select(r => new { r.OcmwId, r.ReferringTeam }).ToListAsync());
        var record = Assert.Single(stored);
        Assert.Equal("kluisbergen", record.OcmwId);
        Assert.Contains("Scheldeleie", record.ReferringTeam, StringComparison.Ordinal);
        Assert.Single(Pickup.Files(_host.PickupDirectory));
    }

    /// <summary>Team (403) before validation (400): outside the team a broken body learns nothing about the fields.</summary>
    [Fact]
    public async Task Post_InvalidBodyOutsideTeam_Returns403AndInsideTeam400()
    {
        var token = Token(["Referral.Worker"], [Scheldeleie]);
        var outside = Referral.Valid("tessenderlo-ham", "socialedienst@tessenderlo-ham.be");
        outside["client"]!["givenName"] = "";
        var inside = Referral.Valid();
        inside["client"]!["givenName"] = "";

        using var refused = await PostReferralAsync(token, outside);
        using var invalid = await PostReferralAsync(token, inside);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(0, await _host.QueryAsync(db => db.ConsentRecords.CountAsync()));
    }

    public static TheoryData<string, string> UnknownMembership => new()
    {
        { "no-groups-claim", "team_groups_missing" },
        { "claim-names", "team_groups_overage" },
        { "hasgroups", "team_groups_overage" },
    };

    /// <summary>Membership missing or overflowed never falls back to "allowed": a Dutch refusal naming what to configure.</summary>
    [Theory]
    [MemberData(nameof(UnknownMembership))]
    public async Task Post_MembershipUnknown_Returns403WithWhatTheAdministratorMustConfigure(string kind, string code)
    {
        var token = _oidc.CreateToken(t =>
        {
            t.Claims["roles"] = new[] { "Referral.Worker" };
            switch (kind)
            {
                case "claim-names":
                    t.Claims["_claim_names"] = new Dictionary<string, object> { ["groups"] = "src1" };
                    t.Claims["_claim_sources"] = new Dictionary<string, object>
                    {
                        ["src1"] = new Dictionary<string, object> { ["endpoint"] = "https://graph.microsoft.com/v1.0/users/x/getMemberObjects" },
                    };
                    break;
                case "hasgroups":
                    t.Claims["hasgroups"] = true;
                    break;
            }
        });

        using var response = await PostReferralAsync(token, Referral.Valid());
        using var me = await SendAsync(HttpMethod.Get, "/api/me", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains("Groepen die aan de toepassing zijn toegewezen", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _host.QueryAsync(db => db.ConsentRecords.CountAsync()));
        var view = await me.JsonAsync();
        Assert.Empty(view.GetProperty("referableOcmwIds").EnumerateArray());
        Assert.Equal(code, view.GetProperty("teamProblem").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_ProtocolWithoutTeamGroups_Returns403AndNothingIsStored()
    {
        await SetTeamsAsync(kluisbergen: [], tessenderlo: [WestLimburg]);

        using var response = await PostReferralAsync(Token(["Referral.Worker"], [Scheldeleie]), Referral.Valid());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("protocol_without_team", problem.GetProperty("code").GetString());
        Assert.Contains("neemt geen doorverwijzingen aan: geen team ingesteld", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _host.QueryAsync(db => db.ConsentRecords.CountAsync()));
    }

    [Theory]
    [InlineData("Referral.Admin")]
    [InlineData("Referral.Dpo")]
    public async Task Post_WithoutWorkerRole_Returns403(string role)
    {
        using var response = await PostReferralAsync(Token([role], [Scheldeleie]), Referral.Valid());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await _host.QueryAsync(db => db.ConsentRecords.CountAsync()));
    }

    public static TheoryData<string, string, HttpStatusCode> RoleMatrix => new()
    {
        { "/api/admin/ocmws", "Referral.Admin", HttpStatusCode.OK },
        { "/api/admin/ocmws", "Referral.Dpo", HttpStatusCode.Forbidden },
        { "/api/admin/ocmws", "Referral.Worker", HttpStatusCode.Forbidden },
        { "/api/admin/proposals", "Referral.Dpo", HttpStatusCode.Forbidden },
        { "/api/admin/verifications", "Referral.Dpo", HttpStatusCode.Forbidden },
        { "/api/admin/entra-registration", "Referral.Dpo", HttpStatusCode.Forbidden },
        { "/api/admin/consents", "Referral.Dpo", HttpStatusCode.OK },
        { "/api/admin/consents", "Referral.Admin", HttpStatusCode.Forbidden },
        { "/api/admin/consents", "Referral.Worker", HttpStatusCode.Forbidden },
        { "/api/admin/incidents", "Referral.Dpo", HttpStatusCode.OK },
        { "/api/admin/incidents", "Referral.Admin", HttpStatusCode.Forbidden },
        { "/api/referrals?all=true", "Referral.Dpo", HttpStatusCode.OK },
        { "/api/referrals?all=true", "Referral.Admin", HttpStatusCode.Forbidden },
        { "/api/referrals?all=true", "Referral.Worker", HttpStatusCode.Forbidden },
        { "/api/admin/audit", "Referral.Admin", HttpStatusCode.OK },
        { "/api/admin/audit", "Referral.Dpo", HttpStatusCode.OK },
        { "/api/admin/audit", "Referral.Worker", HttpStatusCode.Forbidden },
    };

    /// <summary>No role implies another: each endpoint answers its own role only.</summary>
    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public async Task Get_EachRole_SeesOnlyItsOwnEndpoints(string path, string role, HttpStatusCode expected)
    {
        using var response = await SendAsync(HttpMethod.Get, path, Token([role], [Scheldeleie]));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Me_WorkerOfScheldeleie_ListsOnlyKluisbergen()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/me", Token(["Referral.Worker"], [Scheldeleie]));

        var me = await response.JsonAsync();
        Assert.Equal(["kluisbergen"], me.GetProperty("referableOcmwIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["worker"], me.GetProperty("roles").EnumerateArray().Select(e => e.GetString()));
        using var directory = await _host.CreateClient().GetAsync("/api/directory");
        Assert.Equal(2, (await directory.JsonAsync()).GetProperty("ocmws").GetArrayLength());
    }

    [Fact]
    public async Task Residence_PostcodeOfAnotherTeamsOcmw_SaysSoAndWhomToAsk()
    {
        var token = Token(["Referral.Worker"], [Scheldeleie]);

        using var other = await SendAsync(HttpMethod.Post, "/api/recipients/residence", token, JsonContent.Create(new { postalCode = "3980" }));
        using var own = await SendAsync(HttpMethod.Post, "/api/recipients/residence", token, JsonContent.Create(new { postalCode = "9690" }));

        var verdict = await other.JsonAsync();
        Assert.Equal("team_not_in_protocol", verdict.GetProperty("code").GetString());
        Assert.False(verdict.GetProperty("allowed").GetBoolean());
        Assert.Equal("tessenderlo-ham", verdict.GetProperty("ocmwId").GetString());
        Assert.Contains("Vraag een collega van Kind en Gezin West-Limburg", verdict.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True((await own.JsonAsync()).GetProperty("allowed").GetBoolean());
    }

    private string Token(string[] roles, string[] groups) => _oidc.CreateToken(t =>
    {
        t.Claims["roles"] = roles;
        t.Claims["groups"] = groups;
    });

    private async Task SetTeamsAsync(string[] kluisbergen, string[] tessenderlo) => await _host.QueryAsync(async db =>
    {
        foreach (var entry in await db.OcmwProtocols.ToListAsync())
        {
            entry.TeamGroupIds = entry.Id == "kluisbergen" ? [.. kluisbergen] : [.. tessenderlo];
        }

        return await db.SaveChangesAsync();
    });

    private Task<HttpResponseMessage> PostReferralAsync(string token, System.Text.Json.Nodes.JsonNode body) =>
        SendAsync(HttpMethod.Post, "/api/referrals", token, JsonContent.Create(body));

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
