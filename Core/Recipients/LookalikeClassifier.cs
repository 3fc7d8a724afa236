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

        foreach (var entry in index.Domains)
        {
            if (IsSubdomain(address.Domain, entry.Ascii) || IsSubdomain(address.Domain, entry.Unicode))
            {
                return new Finding(RecipientCodes.SubdomainOfOcmw, entry, Closest(address.Local, entry));
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
        var skeleton = ConfusableSkeleton.Of(address.DomainUnicode);
        var lastDot = skeleton.LastIndexOf('.');
        var label = lastDot > 0 ? skeleton[..lastDot] : skeleton;
        var tld = lastDot > 0 ? skeleton[(lastDot + 1)..] : string.Empty;
        var stripped = DomainEntry.Strip(skeleton);
        string? localSkeleton = null;
        foreach (var entry in index.Domains)
        {
            var code = CompareDomain(address, skeleton, label, tld, stripped, entry);
            if (code is not null)
            {
                return new Finding(code, entry, Closest(address.Local, entry));
            }

            // The OCMW's domain in the local part of another address: socialedienst.kluisbergen.be@gmail.com.
            localSkeleton ??= ConfusableSkeleton.Of(address.Local);
            if (entry.Label.Length >= MinLabelLengthForFuzzy
                && DomainEntry.Strip(localSkeleton).Contains(entry.StrippedDomain, StringComparison.Ordinal))
            {
                return new Finding(RecipientCodes.DomainEmbedded, entry, Closest(address.Local, entry));
            }
        }

        return Finding.None;
    }

    private static string? CompareDomain(ParsedAddress address, string skeleton, string label, string tld, string stripped, DomainEntry entry)
    {
        if (skeleton == entry.Skeleton)
        {
            return ConfusableSkeleton.MixesScripts(address.DomainUnicode) || ConfusableSkeleton.MixesScripts(address.Local)
                ? RecipientCodes.MixedScripts
                : RecipientCodes.ConfusableCharacters;
        }

        // Short names (ham.be, as.be) occur innocently inside other domains: only names of 4+ (other TLD) or
        // 5+ characters (embedded) count, and the edit-distance threshold for them is already zero.
        if (label == entry.Label && tld != entry.Tld && entry.Label.Length >= MinLabelLengthForTld)
        {
            return RecipientCodes.WrongTld;
        }

        if (stripped != entry.StrippedDomain && entry.Label.Length >= MinLabelLengthForFuzzy
            && (stripped.Contains(entry.StrippedDomain, StringComparison.Ordinal) || ContainsAsToken(skeleton, entry.Label)))
        {
            return RecipientCodes.DomainEmbedded;
        }

        if (EditDistance.Bounded(skeleton, entry.Skeleton, entry.DomainThreshold) <= entry.DomainThreshold
            || EditDistance.Bounded(address.Domain, entry.Ascii, entry.DomainThreshold) <= entry.DomainThreshold
            || (label != entry.Label && EditDistance.Bounded(label, entry.Label, entry.LabelThreshold) <= entry.LabelThreshold))
        {
            return RecipientCodes.LookalikeDomain;
        }

        return AnyLabelLooksLike(label, entry) ? RecipientCodes.LookalikeDomain : null;
    }

    /// <summary>One label of a longer domain close to the OCMW's label: <c>mail.kluisberqen.be</c>, <c>kluisbergem.example.com</c>.</summary>
    private static bool AnyLabelLooksLike(string label, DomainEntry entry)
    {
        var span = label.AsSpan();
        foreach (var range in span.Split('.'))
        {
            var part = span[range];
            if (part.Length >= MinLabelLengthForFuzzy && part.Length != label.Length
                && EditDistance.Bounded(part, entry.Label, entry.LabelThreshold) <= entry.LabelThreshold)
            {
                return true;
            }
        }

        return false;
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

    private static bool IsSubdomain(string domain, string parent) =>
        domain.Length > parent.Length + 1
        && domain.EndsWith(parent, StringComparison.Ordinal)
        && domain[domain.Length - parent.Length - 1] == '.';

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
