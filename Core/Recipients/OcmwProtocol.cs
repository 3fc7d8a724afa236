namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// One data-sharing protocol between Opgroeien (one local team) and one OCMW: who may receive referrals,
/// at which mailbox(es), for which postcodes, and from when until when.
/// </summary>
public sealed record OcmwProtocol(
    string Id,
    string Name,
    string KboNumber,
    string Address,
    string ReferringTeam,
    IReadOnlyList<string> Mailboxes,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> PostalCodes,
    DateOnly SignedOn,
    DateOnly InForceFrom,
    int NoticeMonths,
    DateOnly? EndedOn,
    DpoContact OpgroeienDpo,
    DpoContact OcmwDpo,
    ContactPoints? Contacts = null)
{
    public ProtocolStatus StatusOn(DateOnly today) =>
        today < InForceFrom ? ProtocolStatus.NotYetInForce
        : EndedOn is { } ended && today >= ended ? ProtocolStatus.Ended
        : ProtocolStatus.InForce;
}

/// <summary>
/// Whom the people on either side call when a referral needs a word: the OCMW social service's phone (the worker reads
/// the passphrase to it) and the referring team's shared mailbox and phone (the OCMW reports wrong data there, art. 7,
/// also when the worker who sent it is away). Phones are E.164; each is optional so that older entries stay valid.
/// </summary>
public sealed record ContactPoints(string? SocialServicePhone, string? TeamMailbox, string? TeamPhone)
{
    public static ContactPoints None { get; } = new(null, null, null);
}

/// <summary>A data protection officer's contact, as named in article 9 of the protocols.</summary>
public sealed record DpoContact(string Organisation, string Email);

public enum ProtocolStatus
{
    NotYetInForce,
    InForce,
    Ended,
}
