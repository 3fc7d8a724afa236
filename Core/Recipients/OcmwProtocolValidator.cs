using System.Buffers;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// Checks a protocol entry before an administrator saves it. Field names are the camelCase JSON paths
/// (<c>mailboxes[0]</c>, <c>opgroeienDpo.email</c>); codes are stable; messages are Dutch and never echo the value.
/// In-force before signing is allowed (Tessenderlo-Ham's protocol was signed after its in-force date); ending before
/// the in-force date is not.
/// </summary>
public static partial class OcmwProtocolValidator
{
    public const int MinNoticeMonths = 1;
    public const int MaxNoticeMonths = 24;
    private const int MaxTextLength = 200;
    private const int MaxIdLength = 63;

    /// <summary>bpost's postcodes run from 1000 (Brussels) to 9992 (Middelburg).</summary>
    private const int MinPostcode = 1000;
    private const int MaxPostcode = 9992;
    private static readonly SearchValues<char> SlugChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static IReadOnlyList<FieldError> Validate(OcmwProtocol candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var errors = new List<FieldError>();
        ValidateId(candidate.Id, errors);
        RequireText("name", "de naam", candidate.Name, errors);
        RequireText("address", "het adres", candidate.Address, errors);
        RequireText("referringTeam", "het doorverwijzende team", candidate.ReferringTeam, errors);
        ValidateKbo(candidate.KboNumber, errors);
        var domains = ValidateDomains(candidate.Domains, errors);
        ValidateMailboxes(candidate.Mailboxes, domains, errors);
        ValidatePostcodes(candidate.PostalCodes, errors);
        ValidateDates(candidate, errors);
        ValidateDpo("opgroeienDpo", candidate.OpgroeienDpo, errors);
        ValidateDpo("ocmwDpo", candidate.OcmwDpo, errors);
        ValidateContacts(candidate.Contacts ?? ContactPoints.None, errors);
        return errors;
    }

    private static void ValidateId(string? id, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new("id", "required", "Vul de sleutel in (bv. kluisbergen)."));
        }
        else if (id.Length > MaxIdLength || id.AsSpan().ContainsAnyExcept(SlugChars) || id[0] == '-' || id[^1] == '-'
            || id.Contains("--", StringComparison.Ordinal))
        {
            errors.Add(new("id", "invalid_slug", "De sleutel bestaat uit kleine letters, cijfers en enkele koppeltekens (bv. tessenderlo-ham)."));
        }
    }

    // "what": the field as the sentence "Vul … in." names it, so the administrator reads which one is missing.
    private static void RequireText(string field, string what, string? value, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "required", $"Vul {what} in."));
        }
        else if (value.Length > MaxTextLength)
        {
            errors.Add(new(field, "too_long", $"Dit veld is te lang (maximaal {MaxTextLength} tekens)."));
        }
    }

    private static void ValidateKbo(string? kbo, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(kbo))
        {
            errors.Add(new("kboNumber", "required", "Vul het ondernemingsnummer in."));
        }
        else if (KboNumber.Digits(kbo) is not { } digits)
        {
            errors.Add(new("kboNumber", "invalid_kbo_format", "Een ondernemingsnummer heeft de vorm 0###.###.### (10 cijfers)."));
        }
        else if (!KboNumber.HasValidCheckDigits(digits))
        {
            errors.Add(new("kboNumber", "invalid_kbo_check_digits", "De controlecijfers van dit ondernemingsnummer kloppen niet."));
        }
    }

    private static void ValidatePostcodes(IReadOnlyList<string>? postcodes, List<FieldError> errors)
    {
        if (postcodes is null || postcodes.Count == 0)
        {
            errors.Add(new("postalCodes", "required", "Vul minstens één postcode in."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < postcodes.Count; i++)
        {
            var code = postcodes[i]?.Trim();
            if (code is not { Length: 4 } || !int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || number is < MinPostcode or > MaxPostcode)
            {
                errors.Add(new($"postalCodes[{i}]", "invalid_postcode", $"Een Belgische postcode heeft 4 cijfers ({MinPostcode} tot {MaxPostcode})."));
            }
            else if (!seen.Add(code))
            {
                errors.Add(new($"postalCodes[{i}]", "duplicate", "Deze postcode staat er al."));
            }
        }
    }

    private static void ValidateDates(OcmwProtocol candidate, List<FieldError> errors)
    {
        if (candidate.SignedOn == default)
        {
            errors.Add(new("signedOn", "required", "Vul de datum van ondertekening in."));
        }

        if (candidate.InForceFrom == default)
        {
            errors.Add(new("inForceFrom", "required", "Vul de datum in waarop het protocol van kracht wordt."));
        }

        if (candidate.EndedOn is { } ended && ended < candidate.InForceFrom)
        {
            errors.Add(new("endedOn", "ended_before_in_force", "Een protocol kan niet eindigen vóór het van kracht wordt."));
        }

        if (candidate.NoticeMonths is < MinNoticeMonths or > MaxNoticeMonths)
        {
            errors.Add(new("noticeMonths", "out_of_range", $"De opzegtermijn ligt tussen {MinNoticeMonths} en {MaxNoticeMonths} maanden."));
        }
    }
}
