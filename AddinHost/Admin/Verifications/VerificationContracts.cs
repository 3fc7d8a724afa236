namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

internal sealed record SendVerificationRequest(string? Mailbox);

/// <summary>The passphrase is in this answer only: the administrator phones it to the OCMW; it is stored nowhere.</summary>
internal sealed record VerificationSent(
    Guid VerificationId, string Reference, string OcmwId, string Mailbox, string Passphrase, string Status, DateTimeOffset SentAt, int AttemptsLeft);

internal sealed record ConfirmVerificationRequest(string? Code);

internal sealed record VerificationConfirmed(
    Guid VerificationId, string OcmwId, string Mailbox, string Status, DateTimeOffset VerifiedAt, string VerifiedBy);

/// <summary>
/// One agreed mailbox and where its verification stands: <c>verified</c>, <c>pending</c> (an archive awaits its code)
/// or <c>unverified</c>. <see cref="VerificationId"/> is the pending archive's, to enter the code against.
/// </summary>
internal sealed record MailboxVerificationState(
    string OcmwId,
    string OcmwName,
    string Mailbox,
    string State,
    DateTimeOffset? VerifiedAt,
    string? VerifiedBy,
    Guid? VerificationId,
    string? Reference,
    DateTimeOffset? SentAt,
    string? SentBy,
    int? AttemptsLeft,
    string? LastOutcome,
    bool SentByYou);

internal static class VerificationStates
{
    public const string Verified = "verified";
    public const string Pending = "pending";
    public const string Unverified = "unverified";
}
