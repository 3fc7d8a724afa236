using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>
/// Sends verification archives and checks the codes read back. The order is the referral's: record first (nothing is
/// sent that is not on record), then send, then record the outcome. Every state change is a conditional UPDATE on the
/// row, so two administrators entering codes at once cannot get past five attempts or confirm a voided archive.
/// </summary>
internal sealed partial class MailboxVerifications(
    ReferralsDbContext db,
    IReferralMailSender sender,
    VerificationCode codes,
    DirectoryStore directory,
    WriteGate writes,
    BrusselsClock clock,
    ILogger<MailboxVerifications> logger)
{
    public const int MaxAttempts = 5;

    /// <summary>
    /// Archives per mailbox per 24 hours. Each archive allows <see cref="MaxAttempts"/> guesses; without a cap, re-sending
    /// would turn five guesses into as many as one administrator cares to try.
    /// </summary>
    public const int MaxSendsPerDay = 3;

    public const string AuditEntityType = "mailbox";

    // Audit actions are at most 20 characters (the column's length).

    public async Task<(VerificationSent? Sent, MailSendFailure? Failure)> SendAsync(
        OcmwProtocol protocol, string mailbox, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var admin = user.ToWorker();
        var now = clock.UtcNow;
        var id = Guid.CreateVersion7(now);
        var code = VerificationCode.Generate();
        var entity = new MailboxVerificationEntity
        {
            Id = id,
            OcmwId = protocol.Id,
            Mailbox = mailbox,
            Reference = $"V-{clock.Today.Year}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}",
            CodeHash = codes.Hash(id, code),
            Status = VerificationStatus.Pending,
            SentAt = now,
            SentByObjectId = admin.ObjectId,
            SentByUpn = admin.UserPrincipalName,
        };

        using (await writes.EnterAsync(ct))
        {
            // An archive that never left (not sent) used no guesses and does not count.
            var since = now.AddDays(-1);
            var sentToday = await db.MailboxVerifications
                .Where(v => v.OcmwId == protocol.Id && v.Mailbox == mailbox && v.Status != VerificationStatus.NotSent)
                .Select(v => v.SentAt).ToListAsync(ct);
            if (sentToday.Count(at => at > since) >= MaxSendsPerDay)
            {
                // Not added: the refused archive has no row, only its audit entry.
                entity.Status = VerificationStatus.NotSent;
                entity.FailureCode = LimitReached;
                Audit(user, "verify_send_refused", entity);
                await db.SaveChangesAsync(ct);
                return (null, new MailSendFailure(LimitReached, null));
            }

            // Only the newest code counts: an older archive still waiting is superseded by this one.
            var older = await db.MailboxVerifications
                .Where(v => v.OcmwId == protocol.Id && v.Mailbox == mailbox && v.Status == VerificationStatus.Pending)
                .ToListAsync(ct);
            foreach (var earlier in older)
            {
                earlier.Status = VerificationStatus.Superseded;
                earlier.ClosedAt = now;
            }

            db.MailboxVerifications.Add(entity);
            Audit(user, "verification_sent", entity);
            await db.SaveChangesAsync(ct);
        }

        var passphrase = PassphraseGenerator.Generate();
        var archive = VerificationMail.Archive(entity.Reference, code, mailbox, protocol, admin.UserPrincipalName, now, passphrase);
        var mail = VerificationMail.Compose(entity.Reference, mailbox, protocol, archive.Content);
        try
        {
            // Not the request's token: once sending starts, its outcome is recorded even if the caller left.
            await sender.SendAsync(mail, CancellationToken.None);
        }
        catch (MailSendException ex)
        {
            await NotSentAsync(entity, ex.Code);
            return (null, new MailSendFailure(ex.Code, null));
        }
        catch (MailChallengeException ex)
        {
            await NotSentAsync(entity, "graph_consent_required");
            return (null, new MailSendFailure("graph_consent_required", ex.WwwAuthenticate));
        }

        LogSent(logger, entity.Id, entity.Reference, protocol.Id);
        return (new VerificationSent(entity.Id, entity.Reference, entity.OcmwId, entity.Mailbox, passphrase, VerificationStates.Pending,
            now, MaxAttempts), null);
    }

    public const string LimitReached = "verification_limit_reached";

    private async Task NotSentAsync(MailboxVerificationEntity entity, string code)
    {
        using (await writes.EnterAsync(CancellationToken.None))
        {
            entity.Status = VerificationStatus.NotSent;
            entity.FailureCode = code;
            entity.ClosedAt = clock.UtcNow;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        LogNotSent(logger, entity.Id, entity.Reference, code);
    }

    private async Task<MailboxVerificationEntity?> ReloadAsync(Guid id, CancellationToken ct) =>
        await db.MailboxVerifications.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, ct);

    private void Audit(ClaimsPrincipal user, string action, MailboxVerificationEntity entity)
    {
        var actor = user.ToWorker();
        var at = clock.UtcNow;
        db.AuditEntries.Add(new AuditEntryEntity
        {
            Id = Guid.CreateVersion7(at),
            At = at,
            ActorObjectId = actor.ObjectId,
            ActorUpn = actor.UserPrincipalName,
            Action = action,
            EntityType = AuditEntityType,
            EntityId = entity.OcmwId,
            After = JsonSerializer.Serialize(
                new { entity.OcmwId, entity.Mailbox, entity.Reference, status = entity.Status.ToString(), entity.Attempts },
                JsonSerializerOptions.Web),
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification {VerificationId} {Reference} sent for OCMW {OcmwId}")]
    private static partial void LogSent(ILogger logger, Guid verificationId, string reference, string ocmwId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification {VerificationId} {Reference} not sent: {FailureCode}")]
    private static partial void LogNotSent(ILogger logger, Guid verificationId, string reference, string failureCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification {VerificationId} {Reference} confirmed for OCMW {OcmwId}")]
    private static partial void LogConfirmed(ILogger logger, Guid verificationId, string reference, string ocmwId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification {VerificationId} {Reference} voided after five wrong codes")]
    private static partial void LogVoided(ILogger logger, Guid verificationId, string reference);
}

internal sealed record MailSendFailure(string Code, string? WwwAuthenticate);
