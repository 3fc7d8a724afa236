using System.Text.Json;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>A DPO contact as the admin page edits it (article 9 of the protocols).</summary>
internal sealed record DpoDto(string? Organisation, string? Email);

/// <summary>
/// One protocol entry as the admin page reads and writes it. Dates are <c>yyyy-MM-dd</c> strings so that a wrong
/// date becomes a field error instead of an unreadable body; <c>status</c> and <c>pendingProposalId</c> are ignored on
/// input. <c>confirmWarnings</c> (input only) confirms the warnings the previous attempt reported. <c>teamGroupIds</c>: the
/// Entra security groups (object ids) of the referring team; left out of a change, the approved groups stay.
/// </summary>
internal sealed record OcmwDto(
    string? Id,
    string? Name,
    string? KboNumber,
    string? Address,
    string? ReferringTeam,
    IReadOnlyList<string>? Mailboxes,
    IReadOnlyList<string>? Domains,
    IReadOnlyList<string>? PostalCodes,
    string? SignedOn,
    string? InForceFrom,
    int? NoticeMonths,
    string? EndedOn,
    DpoDto? OpgroeienDpo,
    DpoDto? OcmwDpo,
    string? Status = null,
    string? SocialServicePhone = null,
    string? TeamMailbox = null,
    string? TeamPhone = null,
    bool? ConfirmWarnings = null,
    Guid? PendingProposalId = null,
    IReadOnlyList<string>? TeamGroupIds = null);

internal sealed record EndOcmwRequest(string? EndedOn);

/// <summary>
/// One audit entry. <c>entityName</c>: the OCMW's name for an entry about a protocol or one of its mailboxes (its
/// current name, else the one in the entry), so the page never shows the key; null for entries about no OCMW.
/// <c>reason</c>: for a rejected proposal, the reason its rejecter gave (the proposer reads it here).
/// </summary>
internal sealed record AuditItem(
    Guid Id,
    DateTimeOffset At,
    string Actor,
    string ActorObjectId,
    string Action,
    string EntityType,
    string EntityId,
    JsonElement? Before,
    JsonElement? After,
    Guid? ProposalId = null,
    string? ProposedBy = null,
    DateTimeOffset? ProposedAt = null,
    string? EntityName = null,
    string? Reason = null);

internal sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditItem> Items);

internal static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Ended = "ended";
    public const string Proposed = "proposed";
    public const string Rejected = "rejected";
    public const string Ocmw = "ocmw";
}
