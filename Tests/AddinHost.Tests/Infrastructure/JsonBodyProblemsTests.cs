using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Tests.Admin;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Infrastructure;

/// <summary>
/// Every JSON write endpoint refuses a property it does not know (400 <c>unknown_property</c> naming the JSON path),
/// whether the host reads the body itself or the framework binds it; nothing is sent or stored.
/// </summary>
public sealed class JsonBodyProblemsTests
{
    private static readonly string AnyReferral = $"/api/referrals/{Guid.NewGuid()}";

    public static TheoryData<string, string, string, bool, string> Bodies => new()
    {
        { "POST", "/api/referrals", With(Referral.Valid(), b => b["notes"] = "belt 's avonds"), false, "$.notes" },
        { "POST", "/api/referrals", With(Referral.Valid(), b => b["client"]!["birthDate"] = "2019-03-01"), false, "$.client.birthDate" },
        { "POST", "/api/referrals", With(Referral.Valid(), b => b["client"]!["address"]!["country"] = "BE"), false, "$.client.address.country" },
        { "POST", "/api/referrals", With(Referral.Valid(), b => b["consent"]!["witness"] = "moeder"), false, "$.consent.witness" },
        { "POST", "/api/referrals", With(Referral.Valid(), b => b["Recipient "] = "x"), false, "$['Recipient ']" },
        { "POST", $"{AnyReferral}/withdrawal", """{"date":"2026-11-24","reason":"verhuisd"}""", false, "$.reason" },
        { "POST", "/api/recipients/check", """{"recipients":["socialedienst@kluisbergen.be"],"strict":false}""", false, "$.strict" },
        { "POST", "/api/recipients/screen", """{"recipients":["socialedienst@kluisbergen.be"],"cc":["x@y.be"]}""", false, "$.cc" },
        { "POST", "/api/admin/ocmws", With(AdminRequests.NewOcmw(), b => b["notes"] = "x"), true, "$.notes" },
        { "POST", "/api/admin/ocmws", With(AdminRequests.NewOcmw(), b => b["ocmwDpo"]!["phone"] = "x"), true, "$.ocmwDpo.phone" },
        { "PUT", "/api/admin/ocmws/kluisbergen", With(AdminRequests.NewOcmw("kluisbergen"), b => b["extra"] = 1), true, "$.extra" },
        { "POST", "/api/admin/ocmws/kluisbergen/end", """{"endedOn":"2026-12-31","force":true}""", true, "$.force" },
        { "POST", "/api/admin/ocmws/kluisbergen/verifications", """{"mailbox":"socialedienst@kluisbergen.be","cc":"x@y.be"}""", true, "$.cc" },
        { "POST", $"/api/admin/verifications/{Guid.NewGuid()}/confirmation", """{"code":"123456","skip":true}""", true, "$.skip" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Send_UnknownProperty_Returns400UnknownPropertyNamingThePath(string method, string path, string body, bool admin, string jsonPath)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = admin ? host.CreateAdmin() : host.CreateWorker();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.JsonAsync();
        Assert.Equal("unknown_property", json.GetProperty("code").GetString());
        Assert.Equal(jsonPath, json.GetProperty("path").GetString());
        Assert.Equal("Het verzoek bevat een veld dat niet bestaat.", json.GetProperty("title").GetString());
        Assert.Contains(jsonPath, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("mapped", text, StringComparison.Ordinal);
        Assert.DoesNotContain("belt 's avonds", text, StringComparison.Ordinal);
        Assert.Empty(Pickup.Files(host.PickupDirectory));
        Assert.Equal(0, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Send_KnownPropertiesOnly_StillAccepted()
    {
        await using var host = await ReferralHost.CreateAsync();
        var body = Referral.Valid();
        body["consent"]!["statementVersion"] = null;

        using var referral = await Referral.PostAsync(host.CreateWorker(), body);
        using var admin = await AdminRequests.CreateAsync(host.CreateAdmin(), AdminRequests.NewOcmw());

        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, admin.StatusCode);
    }

    private static string With(JsonObject body, Action<JsonObject> change)
    {
        change(body);
        return body.ToJsonString();
    }
}
