using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Notices;

/// <summary>
/// Sends a notice by the referrals' own path (Graph as the worker, or the pickup folder) and writes its outcome into the
/// referral's history. A failed notice does not undo what it announces: the withdrawal or incident stays recorded.
/// </summary>
internal sealed partial class NoticeSender(IReferralMailSender sender, ReferralsDbContext db, BrusselsClock clock, ILogger<NoticeSender> logger)
{
    public async Task<bool> SendAsync(
        ConsentRecordEntity referral, ReferralMail notice, Worker actor, ReferralEventKind sent, ReferralEventKind failed, Guid? incidentId = null)
    {
        string? code = null;
        try
        {
            // Like the referral: once sending starts, the outcome is recorded even if the caller left.
            await sender.SendAsync(notice, CancellationToken.None);
        }
        catch (MailSendException ex)
        {
            code = ex.Code;
        }
        catch (MailChallengeException)
        {
            code = "graph_consent_required";
        }

        db.Append(referral, code is null ? sent : failed, actor, clock.UtcNow, code, incidentId: incidentId);
        await db.SaveChangesAsync(CancellationToken.None);
        LogNotice(logger, referral.Id, referral.Reference, code is null ? sent.ToString() : failed.ToString(), code);
        return code is null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} {Reference} notice: {Outcome} {FailureCode}")]
    private static partial void LogNotice(ILogger logger, Guid referralId, string reference, string outcome, string? failureCode);
}
