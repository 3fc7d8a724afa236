using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Referrals;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>
/// The directory's protocol entries for administrators. Entries are never deleted (there is no DELETE route: 405);
/// a protocol that stops is ended. Every change and its audit entry are saved in one transaction, then the directory
/// cache is refreshed so the directory and recipient checks of this instance see it at once.
/// </summary>
internal static class AdminOcmwsApi
{
    private const int MaxBodyBytes = 64 * 1024;

    public static void MapAdminOcmwsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/admin/ocmws")
            .RequireWorker(app.Configuration)
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithTags("Admin");
        group.MapGet("/", List).WithName("ListAdminOcmws").Produces<OcmwDto[]>();
        group.MapGet("/{id}", Get).WithName("GetAdminOcmw").Produces<OcmwDto>().ProducesProblem(404);
        group.MapPost("/", Create).WithName("CreateAdminOcmw").Accepts<OcmwDto>("application/json")
            .Produces<OcmwDto>(201).ProducesValidationProblem().ProducesProblem(409);
        group.MapPut("/{id}", Update).WithName("UpdateAdminOcmw").Accepts<OcmwDto>("application/json")
            .Produces<OcmwDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(412);
        group.MapPost("/{id}/end", End).WithName("EndAdminOcmw").Accepts<EndOcmwRequest>("application/json")
            .Produces<OcmwDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IResult> List(ReferralsDbContext db, BrusselsClock clock, CancellationToken ct)
    {
        var entities = await db.OcmwProtocols.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(ct);
        var today = clock.Today;
        return TypedResults.Ok(entities.Select(e => e.ToDto(today)).ToArray());
    }

    private static async Task<IResult> Get(string id, HttpResponse response, ReferralsDbContext db, BrusselsClock clock, CancellationToken ct)
    {
        var entity = await db.OcmwProtocols.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return entity is null ? AdminResults.NotFound() : AdminResults.WithETag(response, entity, TypedResults.Ok(entity.ToDto(clock.Today)));
    }

    private static async Task<IResult> Create(
        HttpContext http, RequestBodyReader reader, ReferralsDbContext db, AuditWriter audit, DirectoryStore directory,
        BrusselsClock clock, CancellationToken ct)
    {
        var (dto, _, problem) = await reader.ReadAsync<OcmwDto>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (protocol, errors) = dto!.ToProtocol();
        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        if (await db.OcmwProtocols.AnyAsync(p => p.Id == protocol.Id, ct))
        {
            return AdminResults.Exists();
        }

        var postcodeErrors = await AdminPostcodes.ConflictsAsync(db, protocol, ct);
        if (postcodeErrors.Count > 0)
        {
            return ValidationProblems.From(postcodeErrors);
        }

        var entity = protocol.ToEntity(clock.UtcNow);
        db.OcmwProtocols.Add(entity);
        audit.Record(http.User, AuditActions.Created, null, entity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator created the same id a moment earlier; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await db.OcmwProtocols.AsNoTracking().AnyAsync(p => p.Id == protocol.Id, ct))
            {
                return AdminResults.Exists();
            }

            throw;
        }

        directory.Invalidate();
        return AdminResults.WithETag(http.Response, entity, TypedResults.Created($"/api/admin/ocmws/{entity.Id}", entity.ToDto(clock.Today)));
    }

    private static async Task<IResult> Update(
        string id, HttpContext http, RequestBodyReader reader, ReferralsDbContext db, AuditWriter audit, DirectoryStore directory,
        BrusselsClock clock, CancellationToken ct)
    {
        var (dto, _, problem) = await reader.ReadAsync<OcmwDto>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (entity, missing) = await AdminResults.FindForChangeAsync(db, id, http.Request, ct);
        if (entity is null)
        {
            return missing!;
        }

        var (protocol, errors) = dto!.ToProtocol();
        if (!string.Equals(protocol.Id, id, StringComparison.Ordinal))
        {
            errors = [.. errors.Where(e => e.Field != "id"), new FieldError("id", "id_mismatch", "De id in de gegevens verschilt van de id in het adres.")];
        }

        if (errors.Count == 0)
        {
            errors = await AdminPostcodes.ConflictsAsync(db, protocol, ct);
        }

        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        var before = entity.Snapshot();
        await MailboxVerifications.ClearRemovedMailboxesAsync(db, id, protocol.Mailboxes, clock.UtcNow, ct);
        db.Entry(entity).CurrentValues.SetValues(protocol.ToEntity(clock.UtcNow));
        return await SaveAsync(http, entity, before, AuditActions.Updated, db, audit, directory, clock, ct);
    }

    private static async Task<IResult> End(
        string id, HttpContext http, RequestBodyReader reader, ReferralsDbContext db, AuditWriter audit, DirectoryStore directory,
        BrusselsClock clock, CancellationToken ct)
    {
        var (request, _, problem) = await reader.ReadAsync<EndOcmwRequest>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (entity, missing) = await AdminResults.FindForChangeAsync(db, id, http.Request, ct);
        if (entity is null)
        {
            return missing!;
        }

        var (endedOn, errors) = AdminMapping.ParseEndDate(request!.EndedOn, entity.InForceFrom);
        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        if (entity.EndedOn is not null)
        {
            return Problems.Create(409, "ocmw_already_ended", "Dit protocol is al beëindigd; pas de einddatum aan via bewerken.");
        }

        var before = entity.Snapshot();
        entity.EndedOn = endedOn;
        entity.UpdatedAt = clock.UtcNow;
        return await SaveAsync(http, entity, before, AuditActions.Ended, db, audit, directory, clock, ct);
    }

    private static async Task<IResult> SaveAsync(
        HttpContext http, OcmwProtocolEntity entity, string before, string action, ReferralsDbContext db, AuditWriter audit,
        DirectoryStore directory, BrusselsClock clock, CancellationToken ct)
    {
        if (entity.Snapshot() != before)
        {
            // An edit that changes nothing is not a change: no audit entry, no new ETag.
            audit.Record(http.User, action, before, entity);
            try
            {
                await db.SaveChangesAsync(ct);
                await db.Database.CommitTransactionAsync(ct);
            }
            catch (Exception ex) when (AdminResults.IsConcurrentUpdate(ex))
            {
                // PostgreSQL: another administrator changed the entry after our If-Match check.
                return AdminResults.PreconditionFailed();
            }

            directory.Invalidate();
        }

        return AdminResults.WithETag(http.Response, entity, TypedResults.Ok(entity.ToDto(clock.Today)));
    }
}
