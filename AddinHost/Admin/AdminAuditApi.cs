using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>
/// The audit trail, read-only: only GET routes exist, so PUT, POST and DELETE answer 405 and no code path edits it.
/// </summary>
internal static class AdminAuditApi
{
    private const int MaxPageSize = 200;

    public static void MapAdminAuditApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/admin/audit")
            .RequireWorker(app.Configuration)
            .RequireAuthorization(ReferralRoles.AdminOrDpoPolicy)
            .WithTags("Admin");
        group.MapGet("/", List).WithName("ListAuditEntries").Produces<AuditPage>().ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get).WithName("GetAuditEntry").Produces<AuditItem>().ProducesProblem(404);
    }

    private static async Task<IResult> List(
        ReferralsDbContext db, string? entityId, string? from, string? to, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new List<Core.Validation.FieldError>();
        var fromDate = AdminMapping.ParseDate("from", from, errors);
        var toDate = AdminMapping.ParseDate("to", to, errors);
        QueryLimits.CheckDate("from", fromDate, errors);
        QueryLimits.CheckDate("to", toDate, errors);
        QueryLimits.CheckPage(page, errors);
        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(entityId))
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        if (fromDate is { } f)
        {
            var start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At >= start);
        }

        if (toDate is { } t)
        {
            var end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At < end);
        }

        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        var number = page ?? 1;
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(QueryLimits.Skip(number, size)).Take(size).ToListAsync(ct);
        var names = await NamesAsync(db, items, ct);
        var reasons = await ReasonsAsync(db, items, ct);
        return TypedResults.Ok(new AuditPage(number, size, total, [.. items.Select(a => ToItem(a, names, reasons))]));
    }

    private static async Task<IResult> Get(Guid id, ReferralsDbContext db, CancellationToken ct)
    {
        if (await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is not { } entry)
        {
            return Problems.Create(404, "audit_entry_not_found", "Deze auditregel bestaat niet.");
        }

        return TypedResults.Ok(ToItem(entry, await NamesAsync(db, [entry], ct), await ReasonsAsync(db, [entry], ct)));
    }

    /// <summary>Entries about a protocol or one of its mailboxes carry the OCMW's key; the page shows its name.</summary>
    private static bool IsAboutOcmw(AuditEntryEntity a) => a.EntityType is AuditActions.Ocmw or MailboxVerifications.AuditEntityType;

    private static async Task<Dictionary<string, string>> NamesAsync(ReferralsDbContext db, IReadOnlyList<AuditEntryEntity> items, CancellationToken ct)
    {
        var ids = items.Where(IsAboutOcmw).Select(a => a.EntityId).Distinct().ToList();
        return await db.OcmwProtocols.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, StringComparer.Ordinal, ct);
    }

    /// <summary>A rejection's reason lives on its proposal; the entry links to it.</summary>
    private static async Task<Dictionary<Guid, string?>> ReasonsAsync(ReferralsDbContext db, IReadOnlyList<AuditEntryEntity> items, CancellationToken ct)
    {
        var ids = items.Where(a => a.Action == AuditActions.Rejected && a.ProposalId is not null).Select(a => a.ProposalId!.Value).Distinct().ToList();
        return ids.Count == 0 ? []
            : await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.RejectionReason, ct);
    }

    private static AuditItem ToItem(AuditEntryEntity a, Dictionary<string, string> names, Dictionary<Guid, string?> reasons)
    {
        var (before, after) = (AdminMapping.ToJson(a.Before), AdminMapping.ToJson(a.After));
        // A proposed new protocol is in no table yet: its name is the one in the entry.
        var name = !IsAboutOcmw(a) ? null : names.GetValueOrDefault(a.EntityId) ?? NameIn(after) ?? NameIn(before);
        return new(a.Id, a.At, a.ActorUpn, a.ActorObjectId, a.Action, a.EntityType, a.EntityId, before, after,
            a.ProposalId, a.ProposedByUpn, a.ProposedAt, name,
            a.Action == AuditActions.Rejected && a.ProposalId is { } proposal ? reasons.GetValueOrDefault(proposal) : null);
    }

    private static string? NameIn(JsonElement? snapshot) =>
        snapshot is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
}
