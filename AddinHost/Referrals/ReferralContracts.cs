using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Consent;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>The body of <c>POST /api/referrals</c> (see DESIGN.md).</summary>
internal sealed record ReferralRequest(string? OcmwId, string? Recipient, ClientInput? Client, ConsentInput? Consent);

/// <summary>The answer to a referral: the passphrase is shown once and then exists nowhere.</summary>
internal sealed record ReferralCreated(Guid ReferralId, string Reference, string? Passphrase, ReferralStatus Status);

/// <summary>A referral's status and metadata with its history, never the passphrase or client data.</summary>
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
    DateOnly? WithdrawnOn,
    DateTimeOffset? PassphraseDeliveredAt,
    IReadOnlyList<HistoryEntry>? History)
{
    /// <summary>Without the history (the consent register's rows): <see cref="History"/> is null, not empty.</summary>
    public static ReferralView From(ConsentRecordEntity r) => new(
        r.Id, r.Reference, r.Status, r.CreatedAt, r.SentAt, r.OcmwId, r.RecipientMailbox, r.ConsentMethod,
        r.ConsentDate, r.StatementVersion, r.FailureCode, r.WithdrawnOn, null, null);

    public static ReferralView From(ConsentRecordEntity r, IReadOnlyList<ReferralEventEntity> events) => new(
        r.Id, r.Reference, r.Status, r.CreatedAt, r.SentAt, r.OcmwId, r.RecipientMailbox, r.ConsentMethod,
        r.ConsentDate, r.StatementVersion, r.FailureCode, r.WithdrawnOn,
        events.FirstOrDefault(e => e.Kind == ReferralEventKind.PassphraseDelivered)?.At,
        [.. events.Select(HistoryEntry.From)]);
}

/// <summary>One line of a referral's history as the API shows it: what, when, who, and a code or date.</summary>
internal sealed record HistoryEntry(ReferralEventKind Kind, DateTimeOffset At, string Actor, string? Code, DateOnly? OnDate, Guid? IncidentId)
{
    public static HistoryEntry From(ReferralEventEntity e) => new(e.Kind, e.At, e.ActorUpn, e.Code, e.OnDate, e.IncidentId);
}

/// <summary>One row of "Mijn doorverwijzingen": no client data, no mailbox typed by anyone but the directory.</summary>
internal sealed record ReferralSummary(
    Guid ReferralId,
    string Reference,
    string OcmwId,
    DateTimeOffset CreatedAt,
    ReferralStatus Status,
    DateTimeOffset? PassphraseDeliveredAt,
    DateOnly? WithdrawnOn,
    string WorkerUpn);

internal sealed record ReferralPage(IReadOnlyList<ReferralSummary> Items, int Total, int Page, int PageSize);

/// <summary>The body of <c>POST /api/referrals/lookup</c>: turned into the pseudonym and forgotten.</summary>
internal sealed record LookupRequest(string? GivenName, string? FamilyName, string? PostalCode);

/// <summary>
/// The matches and, in words, what was compared: a "no" is only as good as the comparison, so the worker reads that a
/// differently typed apostrophe did not count and a different postcode did.
/// </summary>
internal sealed record LookupResult(IReadOnlyList<ReferralSummary> Matches, string Compared)
{
    public const string ComparedText =
        "Vergeleken: zelfde voornaam, familienaam en postcode. Hoofdletters, accenten, spaties, apostroffen en koppeltekens tellen niet mee.";
}

/// <summary>A referral that passed every check and may be recorded and sent; <c>Recipient</c> is the directory's mailbox.</summary>
internal sealed record ValidatedReferral(OcmwProtocol Protocol, string Recipient, Client Client, ConsentFacts Consent, ConsentInput Input);
