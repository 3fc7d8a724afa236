using OutlookReferralAddin.AddinHost.Incidents;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>A reported incident on one referral (protocol article 9, GDPR article 33): kind and times, no free text.</summary>
public sealed class IncidentEntity
{
    public Guid Id { get; set; }

    public Guid ReferralId { get; set; }

    public IncidentKind Kind { get; set; }

    /// <summary>When it happened as far as the reporter knows; the 72-hour clock runs from when it became known.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public required string ReporterObjectId { get; set; }

    public required string ReporterUpn { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedByObjectId { get; set; }

    public string? ClosedByUpn { get; set; }
}
