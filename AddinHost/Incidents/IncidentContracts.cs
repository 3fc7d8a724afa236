using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Incidents;

/// <summary>The body of <c>POST /api/referrals/{id}/incidents</c>: a kind and, if known, when it happened. No free text.</summary>
internal sealed record IncidentRequest(string? Kind, DateTimeOffset? OccurredAt);

/// <summary>An incident with its 72-hour clock (GDPR article 33), counted from when it was reported.</summary>
internal sealed record IncidentView(
    Guid IncidentId,
    Guid ReferralId,
    string Reference,
    string OcmwId,
    IncidentKind Kind,
    string KindLabel,
    DateTimeOffset OccurredAt,
    DateTimeOffset ReportedAt,
    string Reporter,
    DateTimeOffset DueAt,
    int MinutesLeft,
    bool Overdue,
    DateTimeOffset? ClosedAt,
    string? ClosedBy)
{
    public static readonly TimeSpan Deadline = TimeSpan.FromHours(72);

    public static IncidentView From(IncidentEntity i, string reference, string ocmwId, DateTimeOffset now)
    {
        var due = i.ReportedAt + Deadline;
        var end = i.ClosedAt ?? now;
        return new(i.Id, i.ReferralId, reference, ocmwId, i.Kind, Notices.NoticeMails.Describe(i.Kind), i.OccurredAt, i.ReportedAt,
            i.ReporterUpn, due, (int)Math.Floor((due - end).TotalMinutes), i.ClosedAt is null && now > due, i.ClosedAt, i.ClosedByUpn);
    }
}

internal sealed record IncidentList(IReadOnlyList<IncidentView> Items);
