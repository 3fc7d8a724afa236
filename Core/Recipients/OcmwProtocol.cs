namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// One data-sharing protocol between Opgroeien (one local team) and one OCMW: who may receive referrals,
/// at which mailbox(es), for which postcodes, and from when until when. <see cref="TeamGroupIds"/> are the Entra security
/// groups (object ids) of the referring team: only their members refer under this protocol; none set means no one does.
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
    ContactPoints? Contacts = null,
    IReadOnlyList<string>? TeamGroupIds = null)
{
    /// <summary>True when one of <paramref name="groups"/> is a group of the referring team (object ids, case-insensitive).</summary>
    public bool AcceptsTeamOf(IEnumerable<string> groups) =>
        TeamGroupIds is { Count: > 0 } teams && groups.Any(g => teams.Contains(g, StringComparer.OrdinalIgnoreCase));

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
