using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>Admin request bodies as mutable JSON (so a test breaks exactly one thing) and the calls around them.</summary>
public static class AdminRequests
{
    public const string NewId = "oudenaarde";
    public const string NewMailbox = "socialedienst@oudenaarde.be";

    /// <summary>A valid new entry: KBO 0123.456.749 has correct check digits (97 - 1234567 mod 97 = 49).</summary>
    public static JsonObject NewOcmw(string id = NewId) => new()
    {
        ["id"] = id,
        ["name"] = "OCMW Oudenaarde",
        ["kboNumber"] = "0123.456.749",
        ["address"] = "Tacambaroplein 1, 9700 Oudenaarde",
        ["referringTeam"] = "Kind en Gezin Vlaamse Ardennen",
        ["mailboxes"] = new JsonArray(NewMailbox),
        ["domains"] = new JsonArray("oudenaarde.be"),
        ["postalCodes"] = new JsonArray("9700"),
        ["signedOn"] = "2026-10-15",
        ["inForceFrom"] = "2026-11-01",
        ["noticeMonths"] = 3,
        ["endedOn"] = null,
        ["opgroeienDpo"] = new JsonObject { ["organisation"] = "Opgroeien regie", ["email"] = "dpo@opgroeien.be" },
        ["ocmwDpo"] = new JsonObject { ["organisation"] = "OCMW Oudenaarde", ["email"] = "privacy@oudenaarde.be" },
        ["socialServicePhone"] = "055 31 46 00",
    };

    public const string SecondAdminUpn = "tweede.beheerder@opgroeien.be";

    /// <summary>The other administrator of four eyes (the host's <c>CreateAdmin</c> is the first).</summary>
    public static HttpClient CreateSecondAdmin(this ReferralHost host) => host.CreateWorker(SecondAdminUpn, "Referral.Admin");

    public static Task<HttpResponseMessage> ApproveAsync(HttpClient client, string proposalId) =>
        SendAsync(client, HttpMethod.Post, $"/api/admin/proposals/{proposalId}/approval", null);

    public static Task<HttpResponseMessage> RejectAsync(HttpClient client, string proposalId, string? reason) =>
        SendAsync(client, HttpMethod.Post, $"/api/admin/proposals/{proposalId}/rejection", new JsonObject { ["reason"] = reason });

    /// <summary>The id of the proposal a 202 answer carries (the response is disposed).</summary>
    public static async Task<string> ProposalIdAsync(Task<HttpResponseMessage> answer)
    {
        using var response = await answer;
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>A widening change as both administrators make it: the first proposes, the second approves a second later.</summary>
    public static async Task ApprovedAsync(ReferralHost host, Task<HttpResponseMessage> proposal)
    {
        var id = await ProposalIdAsync(proposal);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        using var second = host.CreateSecondAdmin();
        using var approval = await ApproveAsync(second, id);
        Assert.Equal(System.Net.HttpStatusCode.OK, approval.StatusCode);
    }

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, JsonNode body) =>
        SendAsync(client, HttpMethod.Post, "/api/admin/ocmws", body);

    public static Task<HttpResponseMessage> UpdateAsync(HttpClient client, string id, JsonNode body, string? ifMatch = null) =>
        SendAsync(client, HttpMethod.Put, $"/api/admin/ocmws/{id}", body, ifMatch);

    public static Task<HttpResponseMessage> EndAsync(HttpClient client, string id, string? endedOn) =>
        SendAsync(client, HttpMethod.Post, $"/api/admin/ocmws/{id}/end", new JsonObject { ["endedOn"] = endedOn });

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, JsonNode? body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    /// <summary>The stored entry as GET returns it, with its ETag.</summary>
    public static async Task<(JsonObject Body, string ETag)> GetAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync(new Uri($"/api/admin/ocmws/{id}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (body, response.Headers.ETag!.ToString());
    }

    public static async Task<(string Verdict, string Code)> CheckAsync(HttpClient client, string address, string ocmwId)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri("/api/recipients/check", UriKind.Relative), new { recipients = new[] { address }, ocmwId });
        response.EnsureSuccessStatusCode();
        var result = (await response.JsonAsync()).GetProperty("results")[0];
        return (result.GetProperty("verdict").GetString()!, result.GetProperty("code").GetString()!);
    }

    public static async Task<(string? ETag, JsonElement Body)> DirectoryAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/directory", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (response.Headers.ETag?.ToString(), await response.JsonAsync());
    }

    /// <summary>Verifies a mailbox as an administrator does: archive sent, opened with 7-Zip, its code entered.</summary>
    public static async Task VerifyAsync(ReferralHost host, HttpClient admin, string ocmwId, string mailbox)
    {
        var (id, _, _, code, _) = await Verifications.Verification.SendAndOpenAsync(host, admin, ocmwId, mailbox);
        using var second = host.CreateSecondAdmin();
        using var confirmed = await Verifications.Verification.ConfirmAsync(second, id, code);
        confirmed.EnsureSuccessStatusCode();
    }

    /// <summary>The field path of each machine-readable code of a validation problem.</summary>
    public static async Task<IReadOnlyList<(string Field, string Code)>> FieldCodesAsync(HttpResponseMessage response) =>
        await response.CodesAsync();
}
