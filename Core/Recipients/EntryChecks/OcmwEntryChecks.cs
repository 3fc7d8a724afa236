using System.Globalization;
using System.Text;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Recipients.EntryChecks;

/// <summary>What the checks found: errors refuse the entry; warnings must be confirmed explicitly.</summary>
public sealed record EntryCheckResult(IReadOnlyList<FieldError> Errors, IReadOnlyList<FieldError> Warnings)
{
    public bool HasErrors => Errors.Count > 0;
}

/// <summary>
/// Every check on a protocol entry before it is proposed, imported or approved, reported in one round: the entry on its
/// own (<see cref="OcmwProtocolValidator"/>: fields, real top-level domain, no public mail provider, KBO check digits,
/// postcode range) and against the rest of the directory: a mailbox or domain that the recipient policy's own detection
/// relates to another OCMW, a KBO number of another OCMW, a postcode another OCMW serves in an overlapping period. Each
/// message names the OCMW it conflicts with (the directory is public; no client data is involved).
/// <para>The free text and the DPO addresses are checked where they change (<see cref="CheckFreeText"/>,
/// <see cref="CheckDpoMailboxes"/>): an entry stored before these checks existed can still be ended or narrowed.</para>
/// <para>Warnings (confirmed by the administrator): a new domain not under <c>.be</c>, or without the municipality's name.</para>
/// </summary>
public static partial class OcmwEntryChecks
{
    private static readonly string[] NameNoise = ["ocmw", "sociaal", "huis", "welzijnshuis", "lokaal", "bestuur", "van", "de", "het", "gemeente", "stad"];

    /// <param name="candidate">The entry as it would be after the change.</param>
    /// <param name="directory">The approved directory; the candidate's own id in it is its current state.</param>
    public static EntryCheckResult Check(OcmwProtocol candidate, IEnumerable<OcmwProtocol> directory)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(directory);
        var all = directory.ToList();
        var current = all.FirstOrDefault(p => string.Equals(p.Id, candidate.Id, StringComparison.Ordinal));
        var others = all.Where(p => !string.Equals(p.Id, candidate.Id, StringComparison.Ordinal)).ToList();

        var errors = new List<FieldError>(OcmwProtocolValidator.Validate(candidate));
        CheckKbo(candidate, others, errors);
        CheckPostcodes(candidate, others, errors);
        CheckLookalikes(candidate, others, errors);
        CheckFreeText(candidate, current, errors);
        CheckDpoMailboxes(candidate, current, others, errors);
        CheckSocialServicePhone(candidate, errors);

        // One message per field and code: the newer checks may repeat an older one (a text too long for both).
        var distinct = errors.DistinctBy(e => (e.Field, e.Code)).ToList();
        return new EntryCheckResult(distinct, Warnings(candidate, current));
    }

    private static void CheckKbo(OcmwProtocol candidate, List<OcmwProtocol> others, List<FieldError> errors)
    {
        if (KboNumber.Digits(candidate.KboNumber) is not { } digits)
        {
            return;
        }

        if (others.FirstOrDefault(o => KboNumber.Digits(o.KboNumber) == digits) is { } owner)
        {
            errors.Add(new("kboNumber", "kbo_of_other_ocmw", $"Dit ondernemingsnummer hoort al bij {owner.Name}."));
        }
    }

    /// <summary>
    /// A postcode belongs to one OCMW at a time: the task pane suggests the OCMW from the client's postcode. A merger (old
    /// protocol ended, new one in force from that day) does not overlap: periods are half-open [from, ended).
    /// </summary>
    private static void CheckPostcodes(OcmwProtocol candidate, List<OcmwProtocol> others, List<FieldError> errors)
    {
        for (var i = 0; i < (candidate.PostalCodes?.Count ?? 0); i++)
        {
            var code = candidate.PostalCodes![i]?.Trim();
            var other = others.FirstOrDefault(o => o.PostalCodes.Contains(code)
                && Overlaps(o.InForceFrom, o.EndedOn, candidate.InForceFrom, candidate.EndedOn));
            if (other is not null)
            {
                errors.Add(new($"postalCodes[{i}]", "postcode_in_other_protocol",
                    $"Deze postcode hoort in dezelfde periode al bij {other.Name} ({Period(other)})."));
            }
        }
    }

    private static bool Overlaps(DateOnly fromA, DateOnly? endA, DateOnly fromB, DateOnly? endB) =>
        (endB is null || fromA < endB) && (endA is null || fromB < endA);

    private static string Period(OcmwProtocol p) =>
        p.EndedOn is { } ended
            ? $"van {p.InForceFrom.ToString("d/MM/yyyy", CultureInfo.InvariantCulture)} tot {ended.ToString("d/MM/yyyy", CultureInfo.InvariantCulture)}"
            : $"vanaf {p.InForceFrom.ToString("d/MM/yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The same <see cref="LookalikeClassifier"/> the workers' recipient check uses, over the other entries: whatever it
    /// would call "looks like OCMW X's mailbox" for a worker must not become an agreed mailbox of another entry.
    /// </summary>
    private static void CheckLookalikes(OcmwProtocol candidate, List<OcmwProtocol> others, List<FieldError> errors)
    {
        var classifier = new LookalikeClassifier(new DirectoryIndex(others));
        for (var i = 0; i < (candidate.Mailboxes?.Count ?? 0); i++)
        {
            if (AddressParser.Parse(candidate.Mailboxes![i]) is { } address && Relate(classifier, address) is { } message)
            {
                errors.Add(new($"mailboxes[{i}]", message.Code, message.Text));
            }
        }

        for (var i = 0; i < (candidate.Domains?.Count ?? 0); i++)
        {
            // The domain alone: a probe address whose local part matches no real mailbox.
            if (AddressParser.Parse("postmaster@" + candidate.Domains![i]?.Trim()) is { } probe
                && Relate(classifier, probe) is { } message)
            {
                errors.Add(new($"domains[{i}]", message.Code, message.Text));
            }
        }
    }

    private static (string Code, string Text)? Relate(LookalikeClassifier classifier, ParsedAddress address)
    {
        var finding = classifier.Classify(address);
        if (finding.Exact is [var exact, ..])
        {
            return ("mailbox_of_other_ocmw", $"Dit is al de afgesproken mailbox van {exact.Protocol.Name}.");
        }

        if (finding.Code == RecipientCodes.Unrelated || finding.Ocmw is null)
        {
            return null;
        }

        var other = finding.Ocmw.Protocol;
        var like = finding.Suggestion?.Address ?? finding.Ocmw.Unicode;
        return finding.Code is RecipientCodes.OtherMailboxSameDomain or RecipientCodes.LookalikeMailbox or RecipientCodes.Subaddress
            or RecipientCodes.SubdomainOfOcmw
            ? ("domain_of_other_ocmw", $"Dit domein hoort bij {other.Name} ({finding.Ocmw.Unicode}).")
            : ("lookalike_of_other_ocmw", $"Dit lijkt op {like} van {other.Name}: controleer op een tikfout ({finding.Code}).");
    }

    private static List<FieldError> Warnings(OcmwProtocol candidate, OcmwProtocol? current)
    {
        var warnings = new List<FieldError>();
        var municipality = MunicipalityKey(candidate.Name);
        for (var i = 0; i < (candidate.Domains?.Count ?? 0); i++)
        {
            var domain = candidate.Domains![i]?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(domain) || DomainNames.ToAscii(domain) is not { } ascii
                || current?.Domains.Contains(domain, StringComparer.OrdinalIgnoreCase) == true)
            {
                // Unreadable domains are errors already; domains already approved were confirmed before.
                continue;
            }

            if (!ascii.EndsWith(".be", StringComparison.Ordinal))
            {
                warnings.Add(new($"domains[{i}]", "domain_not_be", "Dit domein ligt niet onder .be. Klopt dat voor dit OCMW?"));
            }

            var label = Letters(DomainNames.ToUnicode(ascii) ?? ascii);
            if (municipality.Length > 0 && !label.Contains(municipality, StringComparison.Ordinal))
            {
                warnings.Add(new($"domains[{i}]", "domain_lacks_municipality",
                    $"De naam van de gemeente ({candidate.Name}) staat niet in dit domein. Controleer op een tikfout."));
            }
        }

        return warnings;
    }

    /// <summary>"OCMW Tessenderlo-Ham" → "tessenderloham": the name without the organisation words, letters only.</summary>
    private static string MunicipalityKey(string? name)
    {
        var words = (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !NameNoise.Contains(w.ToLowerInvariant(), StringComparer.Ordinal));
        return Letters(string.Concat(words));
    }

    /// <summary>Lower-case letters and digits without accents: "Sint-Genesius-Rode" and "sint-genesius-rode.be" compare.</summary>
    private static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
