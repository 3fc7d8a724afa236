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
    DpoContact OcmwDpo)
{
    public ProtocolStatus StatusOn(DateOnly today) =>
        today < InForceFrom ? ProtocolStatus.NotYetInForce
        : EndedOn is { } ended && today >= ended ? ProtocolStatus.Ended
        : ProtocolStatus.InForce;
}

/// <summary>A data protection officer's contact, as named in article 9 of the protocols.</summary>
public sealed record DpoContact(string Organisation, string Email);

public enum ProtocolStatus
{
    NotYetInForce,
    InForce,
    Ended,
}
