using System.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>The admin API's HTTP details: ETag and If-Match, and its problems.</summary>
internal static class AdminResults
{
    /// <summary>The tracked entry a PUT or end changes, or the 404/412 that stops the change.</summary>
    public static async Task<(OcmwProtocolEntity? Entity, IResult? Problem)> FindForChangeAsync(
        ReferralsDbContext db, string id, HttpRequest request, CancellationToken ct)
    {
        // Repeatable read from the If-Match check to the write: on PostgreSQL a change committed meanwhile makes our
        // UPDATE fail (40001) instead of being overwritten; SQLite takes its write lock when the transaction begins.
        // The context rolls the transaction back when it is disposed without a commit.
        await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var entity = await db.OcmwProtocols.SingleOrDefaultAsync(p => p.Id == id, ct);
        return entity is null ? (null, NotFound())
            : !IfMatch(request, entity) ? (null, PreconditionFailed())
            : (entity, null);
    }

    /// <summary>
    /// PostgreSQL's serialization failure (40001), however EF wraps it (DbUpdateException, and the execution strategy's
    /// InvalidOperationException around that).
    /// </summary>
    public static bool IsConcurrentUpdate(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is System.Data.Common.DbException { SqlState: "40001" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>If-Match is optional (the admin page sends it); when sent, it must name the current version.</summary>
    public static bool IfMatch(HttpRequest request, OcmwProtocolEntity entity)
    {
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Count == 0)
        {
            return true;
        }

        var current = EntityTagHeaderValue.Parse(entity.ETag());
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true));
    }

    public static IResult WithETag(HttpResponse response, OcmwProtocolEntity entity, IResult result)
    {
        response.Headers.ETag = entity.ETag();
        response.Headers.CacheControl = "no-store";
        return result;
    }

    public static ProblemHttpResult NotFound() => Problems.Create(404, "ocmw_not_found", "Dit OCMW staat niet in de lijst van protocollen.");

    public static ProblemHttpResult Exists() => Problems.Create(409, "ocmw_exists", "Er bestaat al een protocol met deze id.");

    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = 412,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.13",
            Title = "Iemand anders heeft dit protocol intussen gewijzigd. Laad het opnieuw.",
            Extensions = { ["code"] = "precondition_failed" },
        });
}
