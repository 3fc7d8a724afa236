using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>Between the admin DTO, Core's <see cref="OcmwProtocol"/> and the stored entity; snapshots and ETags.</summary>
internal static class AdminMapping
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>ISO (the date inputs, the API) and the Belgian day-first form a spreadsheet saves (20/11/2026, 1/12/2026).</summary>
    private static readonly string[] AcceptedDateForms = [DateFormat, "d/M/yyyy"];

    public static OcmwDto ToDto(this OcmwProtocolEntity e, DateOnly today) => new(
        e.Id, e.Name, e.KboNumber, e.Address, e.ReferringTeam, [.. e.Mailboxes], [.. e.Domains], [.. e.PostalCodes],
        Format(e.SignedOn), Format(e.InForceFrom), e.NoticeMonths, e.EndedOn is { } ended ? Format(ended) : null,
        new DpoDto(e.OpgroeienDpoOrganisation, e.OpgroeienDpoEmail),
        new DpoDto(e.OcmwDpoOrganisation, e.OcmwDpoEmail),
        JsonNamingPolicy.CamelCase.ConvertName(e.ToProtocol().StatusOn(today).ToString()),
        e.SocialServicePhone, e.TeamMailbox, e.TeamPhone, TeamGroupIds: [.. e.TeamGroupIds]);

    /// <summary>
    /// The protocol the request describes, trimmed (domains and mailboxes in lower case), with the dates that could not
    /// be read; every other check is <see cref="AdminEntryChecks"/>'.
    /// </summary>
    public static (OcmwProtocol Protocol, IReadOnlyList<FieldError> Unreadable) ToProtocol(this OcmwDto dto)
    {
        var errors = new List<FieldError>();
        var signedOn = ParseDate("signedOn", dto.SignedOn, errors) ?? default;
        var inForceFrom = ParseDate("inForceFrom", dto.InForceFrom, errors) ?? default;
        var endedOn = ParseDate("endedOn", dto.EndedOn, errors);
        var protocol = new OcmwProtocol(
            Trim(dto.Id), Trim(dto.Name), Trim(dto.KboNumber), Trim(dto.Address), Trim(dto.ReferringTeam),
            Lower(dto.Mailboxes), Lower(dto.Domains), [.. (dto.PostalCodes ?? []).Select(Trim)],
            signedOn, inForceFrom, dto.NoticeMonths ?? 0, endedOn,
            new DpoContact(Trim(dto.OpgroeienDpo?.Organisation), Trim(dto.OpgroeienDpo?.Email)),
            new DpoContact(Trim(dto.OcmwDpo?.Organisation), Trim(dto.OcmwDpo?.Email)),
            new ContactPoints(Phone(dto.SocialServicePhone), Optional(dto.TeamMailbox)?.ToLowerInvariant(), Phone(dto.TeamPhone)),
            TeamGroups.Parse(dto.TeamGroupIds, errors));
        return (protocol, errors);
    }

    public static DateOnly? ParseDate(string field, string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), AcceptedDateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(field, "invalid_date", "Geef een datum in de vorm dd/mm/jjjj (bv. 20/11/2026) of jjjj-mm-dd."));
        return null;
    }

    /// <summary>The date a protocol ends: required, readable, and not before it came into force.</summary>
    public static (DateOnly? EndedOn, IReadOnlyList<FieldError> Errors) ParseEndDate(string? text, DateOnly inForceFrom)
    {
        var errors = new List<FieldError>();
        var endedOn = ParseDate("endedOn", text, errors);
        if (errors.Count == 0 && endedOn is null)
        {
            errors.Add(new FieldError("endedOn", "required", "Geef de einddatum op."));
        }
        else if (endedOn < inForceFrom)
        {
            errors.Add(new FieldError("endedOn", "ended_before_in_force", "Een protocol kan niet eindigen vóór het van kracht wordt."));
        }

        return (endedOn, errors);
    }

    /// <summary>The entry as JSON without its status (which changes with the date, not with an edit) or request-only fields.</summary>
    public static string Snapshot(this OcmwProtocolEntity e)
    {
        var node = JsonSerializer.SerializeToNode(e.ToDto(default), JsonSerializerOptions.Web)!.AsObject();
        node.Remove("status");
        node.Remove("confirmWarnings");
        node.Remove("pendingProposalId");
        return node.ToJsonString();
    }

    /// <summary>A strong validator over the stored content, so two instances agree without a version column.</summary>
    public static string ETag(this OcmwProtocolEntity e) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(e.Snapshot())))[..32]}\"";

    public static JsonElement? ToJson(string? snapshot) =>
        snapshot is null ? null : JsonNode.Parse(snapshot) is { } node ? JsonSerializer.SerializeToElement(node) : null;

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Trim(string? text) => text?.Trim() ?? string.Empty;

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Stored as E.164 when libphonenumber reads it; otherwise as typed, for the validator to refuse.</summary>
    private static string? Phone(string? text) =>
        Optional(text) is not { } phone ? null : PhoneRules.Check(phone, out var e164) is null ? e164 : phone;

    private static List<string> Lower(IReadOnlyList<string>? items) => [.. (items ?? []).Select(i => Trim(i).ToLowerInvariant())];
}
