using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Notices;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals.History;

internal sealed record WithdrawalRequest(DateOnly? Date);

/// <summary>What the worker does after the send: tell the passphrase by phone, withdraw the consent. Each appends history.</summary>
internal static class ReferralHistoryApi
{
    public static void MapReferralHistoryApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/referrals").RequireWorker(app.Configuration)
            .RequireAuthorization(ReferralRoles.WorkerOrDpoPolicy).WithTags("Referrals");
        group.MapPost("/{id:guid}/passphrase-delivered", PassphraseDelivered).WithName("PassphraseDelivered")
            .Produces<ReferralView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/withdrawal", Withdraw).WithName("WithdrawConsent")
            .Produces<ReferralView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> PassphraseDelivered(
        Guid id, ClaimsPrincipal user, ReferralsDbContext db, IAuthorizationService authorization, BrusselsClock clock, CancellationToken ct)
    {
        var record = await db.FindVisibleAsync(id, user, authorization, ct);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        var history = await db.HistoryAsync(id, ct);
        if (history.Any(e => e.Kind == ReferralEventKind.PassphraseDelivered))
        {
            // Pressed twice (or in two panes): the first time stays the answer, nothing is added.
            return TypedResults.Ok(ReferralView.From(record, history));
        }

        if (record.Status != ReferralStatus.Sent)
        {
            return Problems.Create(409, "not_sent", "Deze doorverwijzing is niet verzonden: er is geen wachtwoord om door te geven.");
        }

        db.Append(record, ReferralEventKind.PassphraseDelivered, user.ToWorker(), clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ReferralView.From(record, await db.HistoryAsync(id, ct)));
    }

    private static async Task<IResult> Withdraw(
        Guid id, WithdrawalRequest? request, ClaimsPrincipal user, ReferralsDbContext db, IAuthorizationService authorization,
        BrusselsClock clock, DirectoryStore directory, NoticeSender notices, CancellationToken ct)
    {
        var record = await db.FindVisibleAsync(id, user, authorization, ct);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        var date = request?.Date ?? clock.Today;
        if (date > clock.Today || date < record.ConsentDate)
        {
            return ValidationProblems.Single("date", "withdrawal_date_invalid",
                "De datum van intrekking ligt niet in de toekomst en niet voor de datum van de toestemming.");
        }

        if (record.Status == ReferralStatus.Withdrawn)
        {
            return Problems.Create(409, "already_withdrawn", "De toestemming voor deze doorverwijzing werd al ingetrokken.");
        }

        // The OCMW is told whenever the archive may have reached it; a send that certainly failed left nothing there.
        var mayHaveArrived = record.Status is ReferralStatus.Sent or ReferralStatus.Unknown
            || (record.Status == ReferralStatus.Failed && MailOutcome.IsUncertain(record.FailureCode));
        var actor = user.ToWorker();
        record.WithdrawnOn = date;
        db.Append(record, ReferralEventKind.Withdrawn, actor, clock.UtcNow, onDate: date);
        await db.SaveChangesAsync(ct);

        if (mayHaveArrived)
        {
            // As stored now (not a cache): the notice names the OCMW as approved on any instance.
            var protocol = (await directory.GetCurrentAsync(ct)).Find(record.OcmwId);
            await notices.SendAsync(record, NoticeMails.Withdrawal(record.Reference, record.RecipientMailbox, protocol, date), actor,
                ReferralEventKind.WithdrawalNoticeSent, ReferralEventKind.WithdrawalNoticeFailed);
        }

        return TypedResults.Ok(ReferralView.From(record, await db.HistoryAsync(id, ct)));
    }
}
