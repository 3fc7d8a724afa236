using OutlookReferralAddin.AddinHost.Referrals.History;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// One line of a referral's append-only history. Rows are only ever inserted (the context refuses updates and
/// deletes; retention removes a referral with its whole history). Codes and dates only, never client data.
/// </summary>
public sealed class ReferralEventEntity
{
    /// <summary>Increasing with insertion, so "in the order it happened" holds even for events in the same tick.</summary>
    public long Id { get; set; }

    public Guid ReferralId { get; set; }

    public ReferralEventKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorObjectId { get; set; }

    public required string ActorUpn { get; set; }

    /// <summary>A stable code: the failure code of a send or notice, the kind of an incident.</summary>
    public string? Code { get; set; }

    /// <summary>The date the event is about, when it is not <see cref="At"/>: the date of a withdrawal.</summary>
    public DateOnly? OnDate { get; set; }

    public Guid? IncidentId { get; set; }
}
