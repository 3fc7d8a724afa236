using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Directory;

/// <summary>One OCMW as the task pane and the event handlers see it (the protocols are public documents).</summary>
internal sealed record DirectoryEntry(
    string Id,
    string Name,
    string Address,
    string ReferringTeam,
    IReadOnlyList<string> Mailboxes,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> PostalCodes,
    string Status,
    DateOnly InForceFrom,
    DateOnly? EndedOn,
    int NoticeMonths,
    DirectoryPhone? SocialServicePhone,
    string? TeamMailbox,
    DirectoryPhone? TeamPhone);

/// <summary>A phone as a <c>tel:</c> link wants it (E.164) and as people in Belgium read it (055 38 94 10).</summary>
internal sealed record DirectoryPhone(string Tel, string Display)
{
    public static DirectoryPhone? From(string? e164) => e164 is null ? null : new(e164, PhoneRules.DisplayNational(e164));
}

internal sealed record DirectoryResponse(DateOnly Date, IReadOnlyList<DirectoryEntry> Ocmws);

internal static class DirectoryApi
{
    public static void MapDirectoryApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/directory", GetDirectory)
            .WithName("GetDirectory")
            .WithTags("Directory")
            .AllowAnonymous()
            .Produces<DirectoryResponse>()
            .Produces(StatusCodes.Status304NotModified);

    private static async Task<IResult> GetDirectory(
        HttpContext http, DirectoryStore store, BrusselsClock clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var snapshot = await store.GetAsync(ct);
        var today = clock.Today;
        var body = new DirectoryResponse(today, [.. snapshot.Protocols.Select(p => ToEntry(p, today))]);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, json.Value.SerializerOptions);
        // The date is in the body, so the tag changes when a protocol's status may change.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");

        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = "public, max-age=300";
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(bytes, "application/json");
    }

    private static DirectoryEntry ToEntry(OcmwProtocol p, DateOnly today) => new(
        p.Id, p.Name, p.Address, p.ReferringTeam, p.Mailboxes, p.Domains, p.PostalCodes,
        JsonNamingPolicy.CamelCase.ConvertName(p.StatusOn(today).ToString()),
        p.InForceFrom, p.EndedOn, p.NoticeMonths,
        DirectoryPhone.From(p.Contacts?.SocialServicePhone), p.Contacts?.TeamMailbox, DirectoryPhone.From(p.Contacts?.TeamPhone));
}
