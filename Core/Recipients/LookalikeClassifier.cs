namespace OutlookReferralAddin.Core.Recipients;

/// <summary>What the classifier found: a code from <see cref="RecipientCodes"/> (or <see cref="ExactCode"/>) and the OCMW concerned.</summary>
internal sealed record Finding(string Code, DomainEntry? Ocmw = null, MailboxEntry? Suggestion = null, MailboxEntry[]? Exact = null)
{
    /// <summary>Internal marker: exactly an agreed mailbox; the policy then looks at dates, OCMW and postcode.</summary>
    public const string ExactCode = "exact";

    public static readonly Finding None = new(RecipientCodes.Unrelated);
}

/// <summary>
/// Relates one parsed address to the directory, from most to least specific: exact mailbox; the OCMW's own domain
/// (sub-address, lookalike or other mailbox); a subdomain of it; a lookalike of an OCMW domain (confusable skeleton,
/// mixed scripts, wrong top-level domain, embedded, a few edits away); the OCMW domain inside the local part of another
/// address; otherwise unrelated. Context-free.
/// </summary>
internal sealed class LookalikeClassifier(DirectoryIndex index)
{
    private const int MinLabelLengthForFuzzy = 5;
    private const int MinLabelLengthForTld = 4;

    public Finding Classify(ParsedAddress address)
    {
        if (index.ByAddress.TryGetValue(address.Normalised, out var exact))
        {
            return new Finding(Finding.ExactCode, Exact: exact);
        }

        if (index.ByDomain.TryGetValue(address.Domain, out var own))
        {
            return OwnDomain(address, own);
        }

        // Walk up the parents: x.mail.kluisbergen.be → mail.kluisbergen.be → kluisbergen.be → be.
        for (var dot = address.Domain.IndexOf('.', StringComparison.Ordinal); dot >= 0;
            dot = address.Domain.IndexOf('.', dot + 1))
        {
            if (index.ByDomain.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(address.Domain.AsSpan(dot + 1), out var parent))
            {
                return new Finding(RecipientCodes.SubdomainOfOcmw, parent[0], Closest(address.Local, parent[0]));
            }
        }

        return LookalikeDomain(address);
    }

    private static Finding OwnDomain(ParsedAddress address, DomainEntry[] entries)
    {
        var local = address.Local;
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        string? skeleton = null;
        foreach (var entry in entries)
        {
            foreach (var mailbox in entry.Mailboxes)
            {
                if (plus > 0 && local.AsSpan(0, plus).SequenceEqual(mailbox.Local))
                {
                    return new Finding(RecipientCodes.Subaddress, entry, mailbox);
                }

                skeleton ??= ConfusableSkeleton.Of(local);
                if (skeleton == mailbox.LocalSkeleton)
                {
                    var code = ConfusableSkeleton.MixesScripts(local) ? RecipientCodes.MixedScripts : RecipientCodes.ConfusableCharacters;
                    return new Finding(code, entry, mailbox);
                }

                var threshold = EditDistance.ThresholdFor(mailbox.Local.Length);
                if (EditDistance.Bounded(local, mailbox.Local, threshold) <= threshold
                    || EditDistance.Bounded(skeleton, mailbox.LocalSkeleton, threshold) <= threshold)
                {
                    return new Finding(RecipientCodes.LookalikeMailbox, entry, mailbox);
                }
            }
        }

        return new Finding(RecipientCodes.OtherMailboxSameDomain, entries[0], Closest(local, entries[0]));
    }

    private Finding LookalikeDomain(ParsedAddress address)
    {
        var probe = new DomainProbe(address);

        // Exact skeleton and same-name-other-TLD are dictionary lookups; only the fuzzy part scans the directory.
        if (index.BySkeleton.TryGetValue(probe.Skeleton, out var same))
        {
            var code = ConfusableSkeleton.MixesScripts(address.DomainUnicode) || ConfusableSkeleton.MixesScripts(address.Local)
                ? RecipientCodes.MixedScripts
                : RecipientCodes.ConfusableCharacters;
            return new Finding(code, same[0], Closest(address.Local, same[0]));
        }

        // Short names (ham.be, as.be) occur innocently inside other domains: only names of 4+ (other TLD) or
        // 5+ characters (embedded, fuzzy) count; the edit-distance threshold for short names is zero anyway.
        if (index.ByLabel.TryGetValue(probe.Label, out var sameName))
        {
            foreach (var entry in sameName)
            {
                if (entry.Label.Length >= MinLabelLengthForTld)
                {
                    return new Finding(RecipientCodes.WrongTld, entry, Closest(address.Local, entry));
                }
            }
        }

        foreach (var entry in index.Domains)
        {
            if (CompareFuzzy(probe, entry) is { } code)
            {
                return new Finding(code, entry, Closest(address.Local, entry));
            }
        }

        return Finding.None;
    }

    private static string? CompareFuzzy(DomainProbe probe, DomainEntry entry)
    {
        if (entry.Label.Length < MinLabelLengthForFuzzy)
        {
            return null;
        }

        if (probe.Stripped != entry.StrippedDomain
            && (probe.Stripped.Contains(entry.StrippedDomain, StringComparison.Ordinal) || ContainsAsToken(probe.Skeleton, entry.Label)))
        {
            return RecipientCodes.DomainEmbedded;
        }

        if (EditDistance.Bounded(probe.Skeleton, entry.Skeleton, entry.DomainThreshold) <= entry.DomainThreshold
            || EditDistance.Bounded(probe.Address.Domain, entry.Ascii, entry.DomainThreshold) <= entry.DomainThreshold
            || (probe.Label != entry.Label && EditDistance.Bounded(probe.Label, entry.Label, entry.LabelThreshold) <= entry.LabelThreshold))
        {
            return RecipientCodes.LookalikeDomain;
        }

        foreach (var part in probe.Parts)
        {
            if (EditDistance.Bounded(part, entry.Label, entry.LabelThreshold) <= entry.LabelThreshold)
            {
                return RecipientCodes.LookalikeDomain;
            }
        }

        // The OCMW's domain in the local part of another address: socialedienst.kluisbergen.be@gmail.com.
        return probe.StrippedLocal.Contains(entry.StrippedDomain, StringComparison.Ordinal) ? RecipientCodes.DomainEmbedded : null;
    }

    /// <summary>The label as whole dot- or hyphen-separated parts: <c>mail-kluisbergen.be</c>, not <c>kluisbergenn.be</c>.</summary>
    private static bool ContainsAsToken(string domain, string label)
    {
        for (var at = domain.IndexOf(label, StringComparison.Ordinal); at >= 0;
            at = domain.IndexOf(label, at + 1, StringComparison.Ordinal))
        {
            var end = at + label.Length;
            if ((at == 0 || domain[at - 1] is '.' or '-') && (end == domain.Length || domain[end] is '.' or '-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The OCMW's mailbox whose local part is closest to what was typed (the first one when none is close).</summary>
    private static MailboxEntry? Closest(string local, DomainEntry entry)
    {
        MailboxEntry? best = null;
        var bestDistance = int.MaxValue;
        foreach (var mailbox in entry.Mailboxes)
        {
            var distance = EditDistance.Bounded(local, mailbox.Local, 8);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (mailbox, distance);
            }
        }

        return best;
    }
}
