using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Admin.Proposals;

/// <summary>
/// Splits an edit of an approved entry into what may apply at once and what waits for a second administrator. Narrowing
/// (a mailbox, domain or postcode removed; in force later; ended sooner; a contact point removed) and fields that reach
/// no one (KBO number, signed-on date, notice period) apply at once; widening (a new or changed mailbox, domain or
/// postcode; in force sooner; ended later or no longer ended) is a proposal for the whole requested entry. So is a new
/// or changed contact point: the worker reads the passphrase to the social service's phone, and the OCMW reports wrong
/// data to the team's mailbox and phone, so one changed digit would hand the key or the client's data to someone else.
/// And so is everything else that reaches the OCMW or a DPO: both DPO contacts (incident notices go there), and the
/// OCMW's name and address and the referring team (printed in every referral and verification mail).
/// So is a new team group: its members may then refer under the protocol (article 10/1); a group removed applies at
/// once, also the last one (the protocol then accepts no referrals until a group is approved).
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
            Contacts = KeptContacts(current.Contacts, requested.Contacts),

            // Until approved, mails keep naming the approved OCMW and team and notices keep going to the approved DPOs.
            Name = current.Name,
            Address = current.Address,
            ReferringTeam = current.ReferringTeam,
            OpgroeienDpo = current.OpgroeienDpo,
            OcmwDpo = current.OcmwDpo,
            TeamGroupIds = [.. (requested.TeamGroupIds ?? current.TeamGroupIds ?? []).Where(g => (current.TeamGroupIds ?? []).Contains(g, StringComparer.Ordinal))],
        };
        return (now, !SameAllowList(now, requested));
    }

    /// <summary>
    /// True when both open the allow-list to the same mailboxes, domains, postcodes, dates and teams, and say the same to
    /// the OCMW and the DPOs (contact points, name, address, team, DPO contacts).
    /// </summary>
    public static bool SameAllowList(OcmwProtocol a, OcmwProtocol b) =>
        a.Mailboxes.ToHashSet(StringComparer.Ordinal).SetEquals(b.Mailboxes)
        && a.Domains.ToHashSet(StringComparer.Ordinal).SetEquals(b.Domains)
        && a.PostalCodes.ToHashSet(StringComparer.Ordinal).SetEquals(b.PostalCodes)
        && a.InForceFrom == b.InForceFrom
        && a.EndedOn == b.EndedOn
        && (a.Contacts ?? ContactPoints.None) == (b.Contacts ?? ContactPoints.None)
        && string.Equals(a.Name, b.Name, StringComparison.Ordinal)
        && string.Equals(a.Address, b.Address, StringComparison.Ordinal)
        && string.Equals(a.ReferringTeam, b.ReferringTeam, StringComparison.Ordinal)
        && a.OpgroeienDpo == b.OpgroeienDpo
        && a.OcmwDpo == b.OcmwDpo
        && (a.TeamGroupIds ?? []).ToHashSet(StringComparer.Ordinal).SetEquals(b.TeamGroupIds ?? []);

    /// <summary>Each contact point as requested when it is removed or unchanged; the approved one while a new value waits.</summary>
    private static ContactPoints KeptContacts(ContactPoints? current, ContactPoints? requested)
    {
        var (c, r) = (current ?? ContactPoints.None, requested ?? ContactPoints.None);
        return new(Kept(c.SocialServicePhone, r.SocialServicePhone), Kept(c.TeamMailbox, r.TeamMailbox), Kept(c.TeamPhone, r.TeamPhone));

        static string? Kept(string? approved, string? wanted) => wanted is null || wanted == approved ? wanted : approved;
    }

    /// <summary>The requested items that were already approved, in the requested order; the approved ones when none remain.</summary>
    private static List<string> Kept(IReadOnlyList<string> requested, IReadOnlyList<string> current)
    {
        var kept = requested.Where(r => current.Contains(r, StringComparer.Ordinal)).ToList();
        return kept.Count > 0 ? kept : [.. current];
    }
}
