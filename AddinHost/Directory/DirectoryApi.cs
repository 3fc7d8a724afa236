using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Directory;

/// <summary>
/// One OCMW as the task pane and the event handlers see it (the protocols are public documents).
/// <see cref="VerifiedMailboxes"/>: those a referral may go to now; an OCMW without one cannot be chosen in the pane yet.
/// </summary>
internal sealed record DirectoryEntry(
    string Id,
    string Name,
    string Address,
    string ReferringTeam,
    IReadOnlyList<string> Mailboxes,
    IReadOnlyList<string> VerifiedMailboxes,
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
        // The rows as stored now, not this instance's five-minute cache: an approval or a verification on any instance
        // shows on the pane's next request.
        var snapshot = await store.GetCurrentAsync(ct);
        var today = clock.Today;
        var body = new DirectoryResponse(today, [.. snapshot.Protocols.Select(p => ToEntry(snapshot, p, today))]);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, json.Value.SerializerOptions);
        // The date is in the body, so the tag changes when a protocol's status may change.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");

        http.Response.Headers.ETag = etag.ToString();
        // Stored, but asked again every time: a 304 costs one small query and never serves a list the admins changed.
        http.Response.Headers.CacheControl = "no-cache";
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(bytes, "application/json");
    }

    private static DirectoryEntry ToEntry(DirectorySnapshot snapshot, OcmwProtocol p, DateOnly today) => new(
        p.Id, p.Name, p.Address, p.ReferringTeam, p.Mailboxes, snapshot.VerifiedMailboxesOf(p), p.Domains, p.PostalCodes,
        JsonNamingPolicy.CamelCase.ConvertName(p.StatusOn(today).ToString()),
        p.InForceFrom, p.EndedOn, p.NoticeMonths,
        DirectoryPhone.From(p.Contacts?.SocialServicePhone), p.Contacts?.TeamMailbox, DirectoryPhone.From(p.Contacts?.TeamPhone));
}
