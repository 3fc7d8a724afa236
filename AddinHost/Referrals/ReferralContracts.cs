using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Consent;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>The body of <c>POST /api/referrals</c> (see DESIGN.md).</summary>
internal sealed record ReferralRequest(string? OcmwId, string? Recipient, ClientInput? Client, ConsentInput? Consent);

/// <summary>The answer to a referral: the passphrase is shown once and then exists nowhere.</summary>
internal sealed record ReferralCreated(Guid ReferralId, string Reference, string? Passphrase, ReferralStatus Status);

/// <summary>A referral's status and metadata, never the passphrase or client data.</summary>
internal sealed record ReferralView(
    Guid ReferralId,
    string Reference,
    ReferralStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string OcmwId,
    string Recipient,
    string ConsentMethod,
    DateOnly ConsentDate,
    string StatementVersion,
    string? FailureCode,
    DateOnly? WithdrawnOn)
{
    public static ReferralView From(ConsentRecordEntity r) => new(
        r.Id, r.Reference, r.Status, r.CreatedAt, r.SentAt, r.OcmwId, r.RecipientMailbox, r.ConsentMethod,
        r.ConsentDate, r.StatementVersion, r.FailureCode, r.WithdrawnOn);
}

/// <summary>A referral that passed every check and may be recorded and sent; <c>Recipient</c> is the directory's mailbox.</summary>
internal sealed record ValidatedReferral(OcmwProtocol Protocol, string Recipient, Client Client, ConsentFacts Consent, ConsentInput Input);
