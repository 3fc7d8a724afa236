using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Consent;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Consent;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// One referral, in the order the protocol needs: record the consent as pending (nothing is sent when that fails),
/// build the archive with a fresh passphrase, send, then mark the record sent or failed.
/// Logs carry ids and codes only.
/// </summary>
internal sealed partial class ReferralSubmission(
    ReferralsDbContext db,
    ReferenceNumbers references,
    IdempotencyStore idempotency,
    IReferralMailSender sender,
    ClientPseudonyms pseudonyms,
    BrusselsClock clock,
    WriteGate writes,
    ArchiveBuilder archives,
    IOptions<MailOptions> mailOptions,
    ILogger<ReferralSubmission> logger)
{
    public async Task<IResult> SubmitAsync(ValidatedReferral referral, Worker worker, string? key, string bodyHash, CancellationToken ct)
    {
        ConsentRecordEntity record;
        try
        {
            record = await RecordPendingAsync(referral, worker, key, bodyHash, ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException)
        {
            return await ReplayOrFailAsync(key, worker, bodyHash, ex, ct);
        }

        // From here on the record exists: every way out gives it an outcome, an unforeseen exception included.
        var passphrase = PassphraseGenerator.Generate();
        var stage = FailureCodes.ArchiveFailed;
        try
        {
            var archive = await archives.BuildAsync(new ReferralDocumentContext(
                record.Reference, record.CreatedAt, referral.Protocol.ReferringTeam, referral.Protocol.Name,
                referral.Recipient, referral.Client, referral.Consent,
                ReferralMailComposer.Contact(referral.Protocol, worker.UserPrincipalName)), passphrase);
            record.ArchiveSha256 = archive.Sha256;
            if (archive.Content.Length > mailOptions.Value.MaxAttachmentBytes)
            {
                return await FailAsync(record, FailureCodes.ArchiveTooLarge);
            }

            var mail = ReferralMailComposer.Compose(record.Reference, referral.Recipient, referral.Protocol, worker.UserPrincipalName, archive.Content);
            stage = MailOutcome.UnexpectedSendError;

            // Not the request's token: once sending starts, its outcome must be recorded even if the caller left.
            record.MessageCorrelation = await sender.SendAsync(mail, CancellationToken.None);
        }
        catch (MailSendException ex)
        {
            return await FailAsync(record, ex.Code);
        }
        catch (MailChallengeException ex)
        {
            await FailAsync(record, "graph_consent_required");
            return new GraphChallengeResult(ex.WwwAuthenticate);
        }
#pragma warning disable CA1031 // Any exception: the record must not stay pending; only its type is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogUnexpected(logger, record.Id, ex.GetType().FullName ?? "?", stage);
            return await FailAsync(record, stage);
        }

        record.SentAt = clock.UtcNow;
        db.Append(record, ReferralEventKind.Sent, record.Sender(), record.SentAt.Value);
        await SaveOutcomeAsync(record);
        LogSent(logger, record.Id, record.Reference, record.OcmwId);
        return ReferralResults.Created(new ReferralCreated(record.Id, record.Reference, passphrase, ReferralStatus.Sent), replayed: false);
    }

    private async Task<ConsentRecordEntity> RecordPendingAsync(
        ValidatedReferral referral, Worker worker, string? key, string bodyHash, CancellationToken ct)
    {
        using var turn = await writes.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow;
        var record = Pending(referral, worker, await references.NextAsync(clock.Today.Year, ct), now);
        db.ConsentRecords.Add(record);
        db.Append(record, ReferralEventKind.Recorded, worker, now);
        if (key is not null)
        {
            idempotency.Claim(key, worker, bodyHash, record.Id);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        LogPending(logger, record.Id, record.Reference);
        return record;
    }

    private ConsentRecordEntity Pending(ValidatedReferral referral, Worker worker, string reference, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Reference = reference,
        CreatedAt = now,
        WorkerObjectId = worker.ObjectId,
        WorkerUpn = worker.UserPrincipalName,
        OcmwId = referral.Protocol.Id,
        ReferringTeam = StoredTeam(referral.Protocol.ReferringTeam),
        ProtocolSignedOn = referral.Protocol.SignedOn,
        RecipientMailbox = referral.Recipient,
        ConsentInformed = referral.Input.Informed == true,
        ConsentGiven = referral.Input.Given == true,
        ConsentMethod = referral.Consent.Method == ConsentMethod.Mondeling ? "mondeling" : "schriftelijk",
        ConsentDate = referral.Consent.Date,
        StatementVersion = referral.Consent.StatementVersion,
        Status = ReferralStatus.Pending,
        ClientPseudonym = pseudonyms.Pseudonym.Compute(
            referral.Client.GivenName, referral.Client.FamilyName, referral.Client.Address.PostalCode),
    };

    /// <summary>
    /// Retries are rare, so the key is not looked up first: the insert claims it, and a retry collides on the unique
    /// (user, key) index, which also settles two requests racing with one key. The collision is answered with the first
    /// outcome; any other write failure means the database is unavailable, and nothing was sent.
    /// </summary>
    private async Task<IResult> ReplayOrFailAsync(string? key, Worker worker, string bodyHash, Exception writeFailure, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        try
        {
            if (key is not null && await idempotency.ReplayAsync(key, worker, bodyHash, ct) is { } earlier)
            {
                LogReplayed(logger);
                return earlier;
            }
        }
        catch (DbException)
        {
            // Unreadable as well: report the write failure, which is the cause.
        }

        var cause = writeFailure.GetBaseException() as DbException;
        LogStorageFailed(logger, cause?.GetType().Name ?? writeFailure.GetType().Name, cause?.SqlState ?? cause?.ErrorCode.ToString(CultureInfo.InvariantCulture));
        throw new StorageUnavailableException(writeFailure);
    }

    /// <summary>The team as the record stores it (the column holds 200 characters).</summary>
    public static string StoredTeam(string team) => team.Length > 200 ? team[..200] : team;

    private static class FailureCodes
    {
        public const string ArchiveFailed = "archive_failed";
        public const string ArchiveTooLarge = "archive_too_large";
    }

    private async Task<IResult> FailAsync(ConsentRecordEntity record, string code)
    {
        record.FailureCode = code;
        db.Append(record, ReferralEventKind.Failed, record.Sender(), clock.UtcNow, code);
        await SaveOutcomeAsync(record);
        LogFailed(logger, record.Id, record.Reference, code);
        return ReferralResults.MailFailed(record);
    }

    private async Task SaveOutcomeAsync(ConsentRecordEntity record)
    {
        using var turn = await writes.EnterAsync(CancellationToken.None);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException)
        {
            // The mail's fate is known but not recorded: the record stays pending and needs a look by an admin.
            LogOutcomeNotRecorded(logger, record.Id, record.Reference, record.Status.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Referral {ReferralId} hit {ExceptionType}, recorded as failed with {FailureCode}")]
    private static partial void LogUnexpected(ILogger logger, Guid referralId, string exceptionType, string failureCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retried Idempotency-Key answered with the first outcome")]
    private static partial void LogReplayed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Referral not recorded, nothing sent: {Exception} {ErrorCode}")]
    private static partial void LogStorageFailed(ILogger logger, string exception, string? errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} {Reference} recorded as pending")]
    private static partial void LogPending(ILogger logger, Guid referralId, string reference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} {Reference} sent to OCMW {OcmwId}")]
    private static partial void LogSent(ILogger logger, Guid referralId, string reference, string ocmwId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Referral {ReferralId} {Reference} failed: {FailureCode}")]
    private static partial void LogFailed(ILogger logger, Guid referralId, string reference, string failureCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Referral {ReferralId} {Reference} outcome {Status} could not be recorded")]
    private static partial void LogOutcomeNotRecorded(ILogger logger, Guid referralId, string reference, string status);
}
