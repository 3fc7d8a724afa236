using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Recipients.EntryChecks;

/// <summary>What reaches the OCMW or a DPO besides the agreed mailboxes: the entry's free text and both DPO addresses.</summary>
public static partial class OcmwEntryChecks
{
    /// <summary>
    /// Each free-text field that is new or changed is one line of plain text (<see cref="EntryText"/>) within its limit.
    /// An unchanged value is not checked again, so a narrowing edit of an older entry is never refused for it.
    /// </summary>
    private static void CheckFreeText(OcmwProtocol candidate, OcmwProtocol? current, List<FieldError> errors)
    {
        Check("name", candidate.Name, current?.Name);
        Check("address", candidate.Address, current?.Address);
        Check("referringTeam", candidate.ReferringTeam, current?.ReferringTeam);
        Check("opgroeienDpo.organisation", candidate.OpgroeienDpo?.Organisation, current?.OpgroeienDpo.Organisation);
        Check("ocmwDpo.organisation", candidate.OcmwDpo?.Organisation, current?.OcmwDpo.Organisation);

        void Check(string field, string? value, string? was)
        {
            if (value is null || string.Equals(value, was, StringComparison.Ordinal))
            {
                return;
            }

            if (!EntryText.IsClean(value))
            {
                errors.Add(new(field, "control_characters",
                    "Dit veld mag geen regeleinden, tabs, stuurtekens of onzichtbare tekens bevatten: één regel gewone tekst."));
            }
            else if (value.Trim().Length > EntryText.MaxLength(field))
            {
                errors.Add(new(field, "too_long", $"Dit veld is te lang (maximaal {EntryText.MaxLength(field)} tekens)."));
            }
        }
    }

    /// <summary>
    /// The passphrase of every archive is read to the social service by phone (article 6): an entry without that number
    /// cannot be proposed, imported or approved, or the worker learns it only after the archive has left.
    /// </summary>
    private static void CheckSocialServicePhone(OcmwProtocol candidate, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(candidate.Contacts?.SocialServicePhone))
        {
            errors.Add(new("socialServicePhone", ErrorCodes.Required, SocialServicePhoneRequired));
        }
    }

    public const string SocialServicePhoneRequired =
        "Vul het telefoonnummer van de sociale dienst in: de medewerker geeft het wachtwoord van elk archief telefonisch door.";

    /// <summary>
    /// A new or changed DPO address passes the mailbox checks of an agreed mailbox: a real top-level domain, no public
    /// webmail, not another OCMW's agreed mailbox nor a lookalike of one, and no lookalike of another entry's DPO. The
    /// same DPO address on several entries is expected (Opgroeien's DPO is on every one), and so is another address on
    /// the domain of a DPO or an OCMW (a DPO shared by municipalities).
    /// </summary>
    private static void CheckDpoMailboxes(OcmwProtocol candidate, OcmwProtocol? current, List<OcmwProtocol> others, List<FieldError> errors)
    {
        var ocmws = new LookalikeClassifier(new DirectoryIndex(others));
        var dpoEntries = others.SelectMany(o => new[] { o.OpgroeienDpo, o.OcmwDpo })
            .Select(d => OcmwProtocolValidator.ParseBare(d?.Email))
            .OfType<ParsedAddress>()
            .DistinctBy(a => a.Normalised)
            .Select((a, i) => DpoAsEntry(a, i))
            .ToList();
        var dpos = new LookalikeClassifier(new DirectoryIndex(dpoEntries));
        Check("opgroeienDpo.email", candidate.OpgroeienDpo?.Email, current?.OpgroeienDpo.Email);
        Check("ocmwDpo.email", candidate.OcmwDpo?.Email, current?.OcmwDpo.Email);

        void Check(string field, string? email, string? was)
        {
            if (string.Equals(email, was, StringComparison.Ordinal) || OcmwProtocolValidator.ParseBare(email) is not { } address)
            {
                // Unchanged, or already reported as invalid by the validator.
                return;
            }

            var domainErrors = new List<FieldError>();
            OcmwProtocolValidator.ValidateMailDomain(field, DomainNames.ToAscii(address.Domain) ?? address.Domain, domainErrors);
            if (domainErrors.Count > 0)
            {
                // The same codes as a mailbox; the webmail message speaks of the DPO's organisation, not the OCMW.
                errors.AddRange(domainErrors.Select(e => e.Code == "public_mail_provider"
                    ? e with { Message = "Dit is een publieke webmail- of internetprovider; gebruik het adres van de DPO op het domein van de organisatie." }
                    : e));
                return;
            }

            if (Relate(ocmws, address) is { Code: not "domain_of_other_ocmw" } ocmw)
            {
                errors.Add(new(field, ocmw.Code, ocmw.Text));
                return;
            }

            var finding = dpos.Classify(address);
            if (finding.Exact is not { Length: > 0 } && finding.Code != RecipientCodes.Unrelated && finding.Ocmw is { } like
                && finding.Code is not (RecipientCodes.OtherMailboxSameDomain or RecipientCodes.Subaddress or RecipientCodes.SubdomainOfOcmw))
            {
                errors.Add(new(field, "lookalike_of_other_dpo",
                    $"Dit lijkt op het DPO-adres {(like.Mailboxes.Count > 0 ? like.Mailboxes[0].Address : like.Unicode)}: controleer op een tikfout ({finding.Code})."));
            }
        }
    }

    /// <summary>Another entry's DPO address as a one-mailbox entry, so the recipient policy's lookalike detection compares with it.</summary>
    private static OcmwProtocol DpoAsEntry(ParsedAddress address, int index) => new(
        $"dpo-{index}", "DPO", string.Empty, string.Empty, string.Empty, [address.Normalised], [address.Domain], [],
        default, default, 1, null, new DpoContact(string.Empty, string.Empty), new DpoContact(string.Empty, string.Empty));
}
