namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// Catches <c>"socialedienst@kluisbergen.be" &lt;evil@example.com&gt;</c>: Outlook shows the display name, the mail
/// goes to the real address. A display name that contains an OCMW(-like) address other than the real one, or that
/// contains an OCMW domain (or its skeleton) while the real address is elsewhere, is a mismatch in every context.
/// Display names without any OCMW reference ("Jan Peeters") are ignored.
/// </summary>
internal sealed class DisplayNameCheck(DirectoryIndex index, LookalikeClassifier classifier)
{
    public DomainEntry? FindMismatch(ParsedAddress address)
    {
        var display = address.DisplayName;
        if (string.IsNullOrEmpty(display))
        {
            return null;
        }

        var at = display.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0 && ShownAddress(display, at) is { } shown && shown.Normalised != address.Normalised)
        {
            var finding = classifier.Classify(shown);
            if (finding.Code != RecipientCodes.Unrelated)
            {
                return finding.Ocmw ?? Owner(finding);
            }
        }

        var skeleton = ConfusableSkeleton.Of(display);
        foreach (var entry in index.Domains)
        {
            if (skeleton.Contains(entry.Skeleton, StringComparison.Ordinal)
                && address.Domain != entry.Ascii && address.Domain != entry.Unicode
                && !address.Domain.EndsWith("." + entry.Ascii, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The run of address characters around the '@' in the display name, parsed; null when it is no address.</summary>
    private static ParsedAddress? ShownAddress(string display, int at)
    {
        var start = at;
        while (start > 0 && IsAddressChar(display[start - 1]))
        {
            start--;
        }

        var end = at + 1;
        while (end < display.Length && IsAddressChar(display[end]))
        {
            end++;
        }

        var candidate = AddressParser.Parse(display[start..end]);
        return candidate is null ? null : candidate with { DisplayName = null };
    }

    private static bool IsAddressChar(char c) => !char.IsWhiteSpace(c) && c is not ('"' or '\'' or '<' or '>' or '(' or ')' or ',' or ';');

    private DomainEntry? Owner(Finding finding) =>
        finding.Exact is [var mailbox, ..] ? Array.Find(index.Domains, d => d.Protocol == mailbox.Protocol) : null;
}
