using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Admin.Proposals;

/// <summary>
/// Splits an edit of an approved entry into what may apply at once and what waits for a second administrator. Narrowing
/// (a mailbox, domain or postcode removed; in force later; ended sooner) and fields outside the allow-list (name, team,
/// DPO contacts, ...) apply at once; widening (a new or changed mailbox, domain or postcode; in force sooner; ended later
/// or no longer ended) is a proposal for the whole requested entry.
/// </summary>
internal static class AllowListChange
{
    public static (OcmwProtocol Now, bool Widens) Split(OcmwProtocol current, OcmwProtocol requested)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(requested);

        // Replacing the only mailbox (or domain, postcode) would leave none in the meantime: the old one stays until approval.
        var mailboxes = Kept(requested.Mailboxes, current.Mailboxes);
        var domains = Kept(requested.Domains, current.Domains);
        foreach (var mailbox in mailboxes)
        {
            var domain = mailbox[(mailbox.LastIndexOf('@') + 1)..];
            if (!domains.Contains(domain, StringComparer.Ordinal))
            {
                domains.Add(domain);
            }
        }

        var inForceFrom = requested.InForceFrom > current.InForceFrom ? requested.InForceFrom : current.InForceFrom;
        DateOnly? endedOn = (current.EndedOn, requested.EndedOn) switch
        {
            (null, var r) => r,
            (var c, null) => c,
            var (c, r) => c < r ? c : r,
        };
        if (endedOn < inForceFrom)
        {
            endedOn = inForceFrom;
        }

        var now = requested with
        {
            Mailboxes = mailboxes,
            Domains = domains,
            PostalCodes = Kept(requested.PostalCodes, current.PostalCodes),
            InForceFrom = inForceFrom,
            EndedOn = endedOn,
        };
        return (now, !SameAllowList(now, requested));
    }

    /// <summary>True when both open the allow-list to the same mailboxes, domains, postcodes and dates.</summary>
    public static bool SameAllowList(OcmwProtocol a, OcmwProtocol b) =>
        a.Mailboxes.ToHashSet(StringComparer.Ordinal).SetEquals(b.Mailboxes)
        && a.Domains.ToHashSet(StringComparer.Ordinal).SetEquals(b.Domains)
        && a.PostalCodes.ToHashSet(StringComparer.Ordinal).SetEquals(b.PostalCodes)
        && a.InForceFrom == b.InForceFrom
        && a.EndedOn == b.EndedOn;

    /// <summary>The requested items that were already approved, in the requested order; the approved ones when none remain.</summary>
    private static List<string> Kept(IReadOnlyList<string> requested, IReadOnlyList<string> current)
    {
        var kept = requested.Where(r => current.Contains(r, StringComparer.Ordinal)).ToList();
        return kept.Count > 0 ? kept : [.. current];
    }
}
