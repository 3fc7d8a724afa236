using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Referrals;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Consent;

namespace OutlookReferralAddin.AddinHost.Consent;

internal sealed record ConsentPage(int Page, int PageSize, int Total, IReadOnlyList<ConsentRegisterItem> Items);

/// <summary>One row of the register as the DPO reads it: who sent it, to which OCMW (by name), how consent was given.</summary>
internal sealed record ConsentRegisterItem(
    Guid ReferralId,
    string Reference,
    ReferralStatus Status,
    string StatusLabel,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string WorkerUpn,
    string OcmwId,
    string OcmwName,
    string Recipient,
    string Method,
    DateOnly ConsentDate,
    string StatementVersion,
    string? FailureCode,
    DateOnly? WithdrawnOn,
    string ReferringTeam)
{
    public static ConsentRegisterItem From(ConsentRecordEntity r, string ocmwName) => new(
        r.Id, r.Reference, r.Status, ConsentLabels.Status(r.Status), r.CreatedAt, r.SentAt, r.WorkerUpn, r.OcmwId, ocmwName,
        r.RecipientMailbox, r.ConsentMethod, r.ConsentDate, r.StatementVersion, r.FailureCode, r.WithdrawnOn, r.ReferringTeam);
}

internal static class ConsentApi
{
    private const int MaxPageSize = 500;

    public static void MapConsentApi(this WebApplication app)
    {
        app.MapGroup("/api/consent").RequireWorker(app.Configuration).WithTags("Consent")
            .MapGet("/statements", GetStatements).WithName("GetConsentStatements");

        app.MapGroup("/api/admin/consents").RequireWorker(app.Configuration).RequireAuthorization(ReferralRoles.DpoPolicy)
            .WithTags("Admin")
            .MapGet("/", List).WithName("ListConsents").Produces<ConsentPage>().Produces(200, contentType: "text/csv");
    }

    private static async Task<Results<Ok<ConsentStatementTexts>, ValidationProblem>> GetStatements(
        string? ocmwId, DirectoryStore directory, CancellationToken ct)
    {
        var protocol = (await directory.GetAsync(ct)).Find(ocmwId);
        return protocol is null
            ? ValidationProblems.Single("ocmwId", "ocmw_unknown", "Dit OCMW staat niet in de lijst van protocollen.")
            : TypedResults.Ok(ConsentStatements.Render(ConsentStatements.CurrentVersion, protocol.Name));
    }

    private static async Task<IResult> List(
        HttpRequest http, ReferralsDbContext db, DirectoryStore directory, DateOnly? from, DateOnly? to, string? ocmwId, string? team, string? status,
        int? page, int? pageSize, string? format, CancellationToken ct)
    {
        var range = new List<Core.Validation.FieldError>();
        QueryLimits.CheckDate("from", from, range);
        QueryLimits.CheckDate("to", to, range);
        QueryLimits.CheckPage(page, range);
        if (range.Count > 0)
        {
            return ValidationProblems.From(range);
        }

        var query = db.ConsentRecords.AsNoTracking();
        if (from is { } f)
        {
            var start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(r => r.CreatedAt >= start);
        }

        if (to is { } t)
        {
            var end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(r => r.CreatedAt < end);
        }

        if (!string.IsNullOrEmpty(ocmwId))
        {
            query = query.Where(r => r.OcmwId == ocmwId);
        }

        if (!string.IsNullOrWhiteSpace(team))
        {
            // The referring team as the record kept it when it was sent (article 10/1: whose members shared).
            var name = team.Trim();
            query = query.Where(r => r.ReferringTeam == name);
        }

        if (status is not null)
        {
            if (!Enum.TryParse<ReferralStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s))
            {
                return ValidationProblems.Single("status", "status_unknown", "De status is pending, sent, failed of withdrawn.");
            }

            query = query.Where(r => r.Status == s);
        }

        query = query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Reference);
        var wantsCsv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || http.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        // An entry is never deleted, only ended, so every recorded id has a name; the id stands in if one ever lacks it.
        var snapshot = await directory.GetAsync(ct);
        string NameOf(string id) => snapshot.Find(id)?.Name ?? id;
        if (wantsCsv)
        {
            var all = await query.ToListAsync(ct);
            return TypedResults.File(ConsentCsv.Write(all, NameOf), "text/csv; charset=utf-8", "toestemmingsregister.csv");
        }

        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        var number = page ?? 1;
        var total = await query.CountAsync(ct);
        var items = await query.Skip(QueryLimits.Skip(number, size)).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new ConsentPage(number, size, total, [.. items.Select(r => ConsentRegisterItem.From(r, NameOf(r.OcmwId)))]));
    }
}
