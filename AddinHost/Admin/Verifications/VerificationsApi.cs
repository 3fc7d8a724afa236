using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Referrals;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients.EntryChecks;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>
/// Verification of an agreed mailbox with the OCMW: send an archive holding a code (the answer carries the passphrase
/// to phone, once), then enter the code the OCMW reads back. Until then referrals to the mailbox are refused.
/// </summary>
internal static class VerificationsApi
{
    private const int MaxBodyBytes = 4 * 1024;

    public static void MapVerificationsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/admin")
            .RequireWorker(app.Configuration)
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithTags("Admin");
        group.MapGet("/verifications", List).WithName("ListMailboxVerifications").Produces<MailboxVerificationState[]>();
        group.MapPost("/ocmws/{id}/verifications", Send).WithName("SendMailboxVerification")
            .Accepts<SendVerificationRequest>("application/json")
            .Produces<VerificationSent>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(429).ProducesProblem(502);
        group.MapPost("/verifications/{verificationId:guid}/confirmation", Confirm).WithName("ConfirmMailboxVerification")
            .Accepts<ConfirmVerificationRequest>("application/json")
            .Produces<VerificationConfirmed>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    private static async Task<IResult> List(HttpResponse response, ClaimsPrincipal user, MailboxVerifications verifications, CancellationToken ct)
    {
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await verifications.StatesAsync(user, ct));
    }

    private static async Task<IResult> Send(
        string id, HttpContext http, RequestBodyReader reader, ReferralsDbContext db, MailboxVerifications verifications, CancellationToken ct)
    {
        var (request, _, problem) = await reader.ReadAsync<SendVerificationRequest>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var entity = await db.OcmwProtocols.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (entity is null)
        {
            return AdminResults.NotFound();
        }

        var typed = request!.Mailbox?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(typed))
        {
            return ValidationProblems.Single("mailbox", "required", "Kies de mailbox die u wilt verifiëren.");
        }

        // What leaves the host is the entry's own mailbox, never the string as it was typed.
        var mailbox = entity.Mailboxes.FirstOrDefault(m => string.Equals(m, typed, StringComparison.OrdinalIgnoreCase));
        if (mailbox is null)
        {
            return ValidationProblems.Single("mailbox", "mailbox_not_in_entry",
                "Dit adres is geen afgesproken mailbox van dit protocol. Alleen een mailbox uit het protocol kan geverifieerd worden.");
        }

        // The archive's passphrase is read to the social service by phone, at the number the mail names.
        if (string.IsNullOrWhiteSpace(entity.SocialServicePhone))
        {
            return ValidationProblems.Single("socialServicePhone", "social_service_phone_missing", OcmwEntryChecks.SocialServicePhoneRequired);
        }

        var (sent, failure) = await verifications.SendAsync(entity.ToProtocol(), mailbox, http.User, ct);
        if (failure is { WwwAuthenticate: { } challenge })
        {
            return new GraphChallengeResult(challenge);
        }

        if (failure?.Code == MailboxVerifications.LimitReached)
        {
            http.Response.Headers.RetryAfter = "86400";
            return Problems.Create(429, MailboxVerifications.LimitReached,
                $"Naar deze mailbox werden de voorbije 24 uur al {MailboxVerifications.MaxSendsPerDay} verificatie-archieven gestuurd. "
                + "Laat het OCMW de code uit het laatste archief voorlezen, of probeer het morgen opnieuw.");
        }

        if (failure is not null)
        {
            return Problems.Create(502, "mail_send_failed",
                "Het verificatie-archief werd niet verzonden. Probeer het opnieuw; een nieuw archief krijgt een nieuwe code en een nieuw wachtwoord.",
                new Dictionary<string, object?> { ["reason"] = failure.Code });
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/admin/verifications/{sent!.VerificationId}", sent);
    }

    private static async Task<IResult> Confirm(
        Guid verificationId, HttpContext http, RequestBodyReader reader, MailboxVerifications verifications, CancellationToken ct)
    {
        var (request, _, problem) = await reader.ReadAsync<ConfirmVerificationRequest>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(request!.Code))
        {
            return ValidationProblems.Single("code", "required", "Vul de code in die het OCMW voorlas.");
        }

        // A code of the wrong shape is a typing slip, not a guess: it does not use up an attempt.
        if (VerificationCode.Normalize(request.Code) is not { } code)
        {
            return ValidationProblems.Single("code", "code_format", $"De code bestaat uit {VerificationCode.Digits} cijfers, zoals 482 177.");
        }

        var outcome = await verifications.ConfirmAsync(verificationId, code, http.User, ct);
        var v = outcome.Verification;
        return outcome.Result switch
        {
            ConfirmResult.Confirmed => TypedResults.Ok(new VerificationConfirmed(
                v!.Id, v.OcmwId, v.Mailbox, VerificationStates.Verified, v.ConfirmedAt!.Value, v.ConfirmedByUpn!)),
            ConfirmResult.WrongCode => Problems.Create(422, "verification_code_wrong",
                $"Deze code klopt niet. U kunt het nog {outcome.AttemptsLeft} keer proberen; daarna is het archief ongeldig.",
                new Dictionary<string, object?> { ["attemptsLeft"] = outcome.AttemptsLeft }),
            ConfirmResult.Voided => Voided(),
            ConfirmResult.OwnArchive => Problems.Create(403, "own_verification",
                "U stuurde dit verificatie-archief zelf en kunt de code dus niet bevestigen: een tweede beheerder moet de code ingeven die het OCMW voorleest."),
            ConfirmResult.NotFound => Problems.Create(404, "verification_not_found", "Deze verificatie bestaat niet."),
            _ => Closed(v!),
        };
    }

    private static ProblemHttpResult Voided() => Problems.Create(409, "verification_voided",
        "Er werd vijf keer een verkeerde code ingegeven. Dit archief is ongeldig: stuur een nieuw verificatie-archief.",
        new Dictionary<string, object?> { ["attemptsLeft"] = 0 });

    private static ProblemHttpResult Closed(MailboxVerificationEntity v) => v.Status switch
    {
        VerificationStatus.Voided => Voided(),
        VerificationStatus.Confirmed => Problems.Create(409, "verification_already_confirmed", "Deze mailbox is met dit archief al geverifieerd."),
        VerificationStatus.Superseded => Problems.Create(409, "verification_superseded",
            "Er werd intussen een nieuwer archief naar deze mailbox gestuurd. Alleen de code uit het nieuwste archief telt."),
        VerificationStatus.Cleared => Problems.Create(409, "verification_cleared",
            "Deze mailbox staat niet meer in het protocol. Stuur een nieuw archief naar de mailbox van het protocol."),
        _ => Problems.Create(409, "verification_not_sent", "Dit archief werd niet verzonden. Stuur een nieuw verificatie-archief."),
    };
}
