using OutlookReferralAddin.Core.Recipients.EntryChecks;
using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Recipients;

/// <summary>The address-shaped fields: domains, mailboxes (each inside one of the domains) and the DPO contacts.</summary>
public static partial class OcmwProtocolValidator
{
    /// <summary>Returns the ASCII forms of the valid domains, for the mailbox check.</summary>
    private static HashSet<string> ValidateDomains(IReadOnlyList<string>? domains, List<FieldError> errors)
    {
        var valid = new HashSet<string>(StringComparer.Ordinal);
        if (domains is null || domains.Count == 0)
        {
            errors.Add(new("domains", "required", "Vul minstens één domein in."));
            return valid;
        }

        for (var i = 0; i < domains.Count; i++)
        {
            var field = $"domains[{i}]";
            var ascii = string.IsNullOrWhiteSpace(domains[i]) ? null : DomainNames.ToAscii(domains[i].Trim());
            if (ascii is null || !ascii.Contains('.', StringComparison.Ordinal) || ascii.EndsWith('.'))
            {
                errors.Add(new(field, "invalid_domain", "Dit is geen geldige domeinnaam (bv. kluisbergen.be)."));
            }
            else if (!valid.Add(ascii))
            {
                errors.Add(new(field, "duplicate", "Dit domein staat er al."));
            }
            else
            {
                ValidateMailDomain(field, ascii, errors);
            }
        }

        return valid;
    }

    private static void ValidateMailboxes(IReadOnlyList<string>? mailboxes, HashSet<string> domains, List<FieldError> errors)
    {
        if (mailboxes is null || mailboxes.Count == 0)
        {
            errors.Add(new("mailboxes", "required", "Vul minstens één mailbox in."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < mailboxes.Count; i++)
        {
            var field = $"mailboxes[{i}]";
            if (ParseBare(mailboxes[i]) is not { } parsed)
            {
                errors.Add(new(field, "invalid_email", "Dit is geen geldig e-mailadres."));
            }
            else if (!domains.Contains(DomainNames.ToAscii(parsed.Domain) ?? parsed.Domain))
            {
                errors.Add(new(field, "mailbox_outside_domains", "Deze mailbox ligt niet in een van de domeinen van dit OCMW."));
            }
            else if (!seen.Add(parsed.Normalised))
            {
                errors.Add(new(field, "duplicate", "Deze mailbox staat er al."));
            }
            else
            {
                ValidateMailDomain(field, DomainNames.ToAscii(parsed.Domain) ?? parsed.Domain, errors);
            }
        }
    }

    /// <summary>
    /// A real top-level domain (OCR turns <c>.be</c> into <c>.he</c>) and no public webmail or consumer provider: an
    /// OCMW's social service is never reached at a household's or anyone's free mailbox. Reported at the domain and at
    /// each mailbox on it, so the administrator sees it where it was typed.
    /// </summary>
    internal static void ValidateMailDomain(string field, string ascii, List<FieldError> errors)
    {
        if (!MailDomains.HasKnownTld(ascii))
        {
            errors.Add(new(field, "unknown_tld", "Dit domein eindigt niet op een bestaand topdomein (bv. .be); controleer op een tikfout."));
        }
        else if (MailDomains.IsPublicMailProvider(ascii))
        {
            errors.Add(new(field, "public_mail_provider",
                "Dit is een publieke webmail- of internetprovider; gebruik het eigen domein van het OCMW."));
        }
    }

    private static void ValidateDpo(string field, DpoContact? dpo, List<FieldError> errors)
    {
        if (dpo is null)
        {
            errors.Add(new(field, "required", "Vul de gegevens van de DPO in."));
            return;
        }

        RequireText(field + ".organisation", "de organisatie van de DPO", dpo.Organisation, errors);
        // Empty is a missing field, not a wrong address: say what to do.
        if (string.IsNullOrWhiteSpace(dpo.Email))
        {
            errors.Add(new(field + ".email", "required", "Vul het e-mailadres van de DPO in."));
        }
        else if (ParseBare(dpo.Email) is null)
        {
            errors.Add(new(field + ".email", "invalid_email", "Dit is geen geldig e-mailadres."));
        }
    }

    /// <summary>Each contact is optional; one that is given must be a number libphonenumber knows, or a bare address.</summary>
    private static void ValidateContacts(ContactPoints contacts, List<FieldError> errors)
    {
        ValidatePhone("socialServicePhone", contacts.SocialServicePhone, errors);
        ValidatePhone("teamPhone", contacts.TeamPhone, errors);
        if (!string.IsNullOrWhiteSpace(contacts.TeamMailbox) && ParseBare(contacts.TeamMailbox) is null)
        {
            errors.Add(new("teamMailbox", "invalid_email", "Dit is geen geldig e-mailadres."));
        }
    }

    private static void ValidatePhone(string field, string? phone, List<FieldError> errors)
    {
        if (!string.IsNullOrWhiteSpace(phone) && PhoneRules.Check(phone, out _) is not null)
        {
            errors.Add(new(field, ErrorCodes.InvalidPhone, "Dit is geen geldig telefoonnummer (bv. 055 38 94 10 of +32 55 38 94 10)."));
        }
    }

    /// <summary>A bare address only: no display name, angle brackets or mailto: in stored data.</summary>
    internal static ParsedAddress? ParseBare(string? text)
    {
        if (text is null || text.AsSpan().ContainsAny('<', '>', ':'))
        {
            return null;
        }

        var parsed = AddressParser.Parse(text);
        return parsed is not null && parsed.Domain.Contains('.', StringComparison.Ordinal) ? parsed : null;
    }
}
