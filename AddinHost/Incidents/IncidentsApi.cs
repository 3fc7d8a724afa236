using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Notices;
using OutlookReferralAddin.AddinHost.Referrals;
using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Incidents;

/// <summary>
/// Incidents (protocol article 9): the sender or the DPO reports one on a referral; both DPOs of the protocol get a
/// notice (reference, kind, time); the DPO (role <c>Referral.Dpo</c>) follows them with the 72-hour clock and closes them.
/// </summary>
internal static class IncidentsApi
{
    /// <summary>Clocks differ a little between a PC and the host: a few minutes ahead is still "now".</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public static void MapIncidentsApi(this WebApplication app)
    {
        app.MapGroup("/api/referrals").RequireWorker(app.Configuration).RequireAuthorization(ReferralRoles.WorkerOrDpoPolicy).WithTags("Incidents")
            .MapPost("/{id:guid}/incidents", Report).WithName("ReportIncident")
            .Produces<IncidentView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(4 * 1024));

        var admin = app.MapGroup("/api/admin/incidents").RequireWorker(app.Configuration)
            .RequireAuthorization(ReferralRoles.DpoPolicy).WithTags("Admin");
        admin.MapGet("/", List).WithName("ListIncidents").Produces<IncidentList>();
        admin.MapPost("/{id:guid}/closure", Close).WithName("CloseIncident")
            .Produces<IncidentView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Report(
        Guid id, IncidentRequest? request, ClaimsPrincipal user, ReferralsDbContext db, IAuthorizationService authorization,
        BrusselsClock clock, DirectoryStore directory, NoticeSender notices, CancellationToken ct)
    {
        var record = await db.FindVisibleAsync(id, user, authorization, ct);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.UtcNow;
        if (!TryParseKind(request?.Kind, out var kind))
        {
            return ValidationProblems.Single("kind", "incident_kind_unknown",
                "Kies wat er gebeurde: verkeerd adres, wachtwoord per e-mail, archief verkeerd gedeeld of iets anders.");
        }

        var occurredAt = request!.OccurredAt ?? now;
        if (occurredAt > now + Skew || occurredAt < record.CreatedAt - Skew)
        {
            return ValidationProblems.Single("occurredAt", "incident_time_invalid",
                "Het tijdstip ligt niet in de toekomst en niet voor de doorverwijzing.");
        }

        var actor = user.ToWorker();
        var incident = new IncidentEntity
        {
            Id = Guid.NewGuid(),
            ReferralId = record.Id,
            Kind = kind,
            OccurredAt = occurredAt,
            ReportedAt = now,
            ReporterObjectId = actor.ObjectId,
            ReporterUpn = actor.UserPrincipalName,
        };
        db.Incidents.Add(incident);
        db.Append(record, ReferralEventKind.IncidentReported, actor, now, JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), incidentId: incident.Id);
        await db.SaveChangesAsync(ct);

        // The directory as stored now, not this instance's cache: a DPO address corrected on any instance counts at once.
        var protocol = (await directory.GetCurrentAsync(ct)).Find(record.OcmwId);
        if (protocol is null)
        {
            db.Append(record, ReferralEventKind.IncidentNoticeFailed, actor, clock.UtcNow, "dpo_unknown", incidentId: incident.Id);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        else
        {
            // Each notice in the history under its own DPO's kind: the worker reads which DPO knows and which does not.
            var dpos = new[]
            {
                (protocol.OpgroeienDpo, ReferralEventKind.OpgroeienDpoNoticeSent, ReferralEventKind.OpgroeienDpoNoticeFailed),
                (protocol.OcmwDpo, ReferralEventKind.OcmwDpoNoticeSent, ReferralEventKind.OcmwDpoNoticeFailed),
            };
            for (var i = 0; i < dpos.Length; i++)
            {
                var (dpo, sent, failed) = dpos[i];
                // The contact as article 9 names it: an agreed social-service mailbox is the social service, not a DPO.
                var socialService = protocol.Mailboxes.Contains(dpo.Email, StringComparer.OrdinalIgnoreCase);
                var notice = NoticeMails.Incident(record.Reference, incident.Id, dpo, socialService, kind, occurredAt, now, i + 1);
                await notices.SendAsync(record, notice, actor, sent, failed, incident.Id);
            }
        }

        return TypedResults.Created($"/api/admin/incidents/{incident.Id}", IncidentView.From(incident, record.Reference, record.OcmwId, now));
    }

    private static async Task<IResult> List(bool? open, ReferralsDbContext db, BrusselsClock clock, CancellationToken ct)
    {
        var query = from i in db.Incidents.AsNoTracking()
                    join r in db.ConsentRecords.AsNoTracking() on i.ReferralId equals r.Id
                    select new { Incident = i, r.Reference, r.OcmwId };
        if (open == true)
        {
            query = query.Where(x => x.Incident.ClosedAt == null);
        }

        var rows = await query.OrderByDescending(x => x.Incident.ReportedAt).Take(500).ToListAsync(ct);
        var now = clock.UtcNow;

        // Open incidents first, the one whose clock runs out soonest on top: that is the one a DPO must act on.
        var items = rows.Select(x => IncidentView.From(x.Incident, x.Reference, x.OcmwId, now))
            .OrderBy(v => v.ClosedAt is null ? 0 : 1).ThenBy(v => v.ClosedAt is null ? v.DueAt : DateTimeOffset.MaxValue)
            .ThenByDescending(v => v.ReportedAt).ToList();
        return TypedResults.Ok(new IncidentList(items));
    }

    private static async Task<IResult> Close(Guid id, ClaimsPrincipal user, ReferralsDbContext db, BrusselsClock clock, CancellationToken ct)
    {
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, ct);
        var record = incident is null ? null : await db.ConsentRecords.SingleOrDefaultAsync(r => r.Id == incident.ReferralId, ct);
        if (incident is null || record is null)
        {
            return TypedResults.NotFound();
        }

        if (incident.ClosedAt is not null)
        {
            return Problems.Create(409, "incident_already_closed", "Dit incident werd al afgesloten.");
        }

        var actor = user.ToWorker();
        var now = clock.UtcNow;
        incident.ClosedAt = now;
        incident.ClosedByObjectId = actor.ObjectId;
        incident.ClosedByUpn = actor.UserPrincipalName;
        db.Append(record, ReferralEventKind.IncidentClosed, actor, now, JsonNamingPolicy.CamelCase.ConvertName(incident.Kind.ToString()), incidentId: incident.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(IncidentView.From(incident, record.Reference, record.OcmwId, now));
    }

    private static bool TryParseKind(string? value, out IncidentKind kind)
    {
        kind = default;
        return value is not null
            && Enum.GetValues<IncidentKind>().Any(k => string.Equals(JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), value, StringComparison.Ordinal))
            && Enum.TryParse(value, ignoreCase: true, out kind);
    }
}
