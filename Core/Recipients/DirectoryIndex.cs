using System.Collections.Frozen;

namespace OutlookReferralAddin.Core.Recipients;

/// <summary>One agreed mailbox, with the forms the checks compare against, computed once.</summary>
internal sealed record MailboxEntry(OcmwProtocol Protocol, string Address, string Local, string LocalSkeleton);

/// <summary>One OCMW domain, with its precomputed comparison forms.</summary>
internal sealed class DomainEntry
{
    public DomainEntry(OcmwProtocol protocol, string ascii, string unicode, IReadOnlyList<MailboxEntry> mailboxes)
    {
        Protocol = protocol;
        Ascii = ascii;
        Unicode = unicode;
        Mailboxes = mailboxes;
        Skeleton = ConfusableSkeleton.Of(unicode);
        var lastDot = Skeleton.LastIndexOf('.');
        Label = lastDot > 0 ? Skeleton[..lastDot] : Skeleton;
        Tld = lastDot > 0 ? Skeleton[(lastDot + 1)..] : string.Empty;
        StrippedLabel = Strip(Label);
        StrippedDomain = Strip(Skeleton);
        // The TLD adds length but no distinctiveness: thresholds follow the name without it.
        DomainThreshold = EditDistance.ThresholdFor(Label.Length);
        LabelThreshold = EditDistance.ThresholdFor(Label.Length);
    }

    public OcmwProtocol Protocol { get; }

    public string Ascii { get; }

    public string Unicode { get; }

    public IReadOnlyList<MailboxEntry> Mailboxes { get; }

    /// <summary>Skeleton of the whole domain, e.g. <c>klulsbergen.be</c>.</summary>
    public string Skeleton { get; }

    /// <summary>Skeleton without the top-level domain, e.g. <c>klulsbergen</c>.</summary>
    public string Label { get; }

    public string Tld { get; }

    /// <summary>Label skeleton without dots and hyphens, to find it hidden in <c>kluisbergenbe.com</c> or <c>mail-kluisbergen.be</c>.</summary>
    public string StrippedLabel { get; }

    public string StrippedDomain { get; }

    public int DomainThreshold { get; }

    public int LabelThreshold { get; }

    public static string Strip(string text) => text.Replace(".", string.Empty, StringComparison.Ordinal)
        .Replace("-", string.Empty, StringComparison.Ordinal);
}

/// <summary>The directory, indexed once for the policy: exact addresses, domains, postcodes and protocol ids.</summary>
internal sealed class DirectoryIndex
{
    public DirectoryIndex(IEnumerable<OcmwProtocol> protocols)
    {
        var byAddress = new Dictionary<string, List<MailboxEntry>>(StringComparer.Ordinal);
        var byDomain = new Dictionary<string, List<DomainEntry>>(StringComparer.Ordinal);
        var byPostcode = new Dictionary<string, List<OcmwProtocol>>(StringComparer.Ordinal);
        var byId = new Dictionary<string, OcmwProtocol>(StringComparer.OrdinalIgnoreCase);
        var domains = new List<DomainEntry>();
        foreach (var protocol in protocols)
        {
            if (protocol?.Id is null)
            {
                continue;
            }

            byId.TryAdd(protocol.Id, protocol);
            foreach (var postcode in protocol.PostalCodes ?? [])
            {
                if (postcode is not null)
                {
                    Add(byPostcode, postcode.Trim(), protocol);
                }
            }

            foreach (var entry in DomainsOf(protocol))
            {
                domains.Add(entry);
                Add(byDomain, entry.Ascii, entry);
                if (entry.Unicode != entry.Ascii)
                {
                    Add(byDomain, entry.Unicode, entry);
                }

                foreach (var mailbox in entry.Mailboxes)
                {
                    Add(byAddress, mailbox.Local + "@" + entry.Ascii, mailbox);
                    if (entry.Unicode != entry.Ascii)
                    {
                        Add(byAddress, mailbox.Local + "@" + entry.Unicode, mailbox);
                    }
                }
            }
        }

        ByAddress = byAddress.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        ByDomain = byDomain.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        ByPostcode = byPostcode.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        ById = byId.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Domains = [.. domains];
        BySkeleton = Domains.GroupBy(d => d.Skeleton, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        ByLabel = Domains.GroupBy(d => d.Label, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public FrozenDictionary<string, MailboxEntry[]> ByAddress { get; }

    public FrozenDictionary<string, DomainEntry[]> ByDomain { get; }

    public FrozenDictionary<string, OcmwProtocol[]> ByPostcode { get; }

    public FrozenDictionary<string, OcmwProtocol> ById { get; }

    public DomainEntry[] Domains { get; }

    /// <summary>Domains by their confusable skeleton, so an exact lookalike is one lookup.</summary>
    public FrozenDictionary<string, DomainEntry[]> BySkeleton { get; }

    /// <summary>Domains by their skeleton name without TLD, for the wrong-TLD lookup.</summary>
    public FrozenDictionary<string, DomainEntry[]> ByLabel { get; }

    /// <summary>The protocol's domains plus the domain of every mailbox (a mailbox outside the listed domains still counts).</summary>
    private static IEnumerable<DomainEntry> DomainsOf(OcmwProtocol protocol)
    {
        var mailboxesByDomain = new Dictionary<string, List<MailboxEntry>>(StringComparer.Ordinal);
        foreach (var domain in protocol.Domains ?? [])
        {
            if (domain is not null && DomainNames.ToAscii(domain.Trim().TrimEnd('.')) is { } ascii)
            {
                mailboxesByDomain.TryAdd(ascii, []);
            }
        }

        foreach (var mailbox in protocol.Mailboxes ?? [])
        {
            var parsed = AddressParser.Parse(mailbox);
            if (parsed is not null && DomainNames.ToAscii(parsed.Domain) is { } ascii)
            {
                var entry = new MailboxEntry(protocol, parsed.Local + "@" + ascii, parsed.Local, ConfusableSkeleton.Of(parsed.Local));
                Add(mailboxesByDomain, ascii, entry);
            }
        }

        foreach (var (ascii, mailboxes) in mailboxesByDomain)
        {
            yield return new DomainEntry(protocol, ascii, DomainNames.ToUnicode(ascii) ?? ascii, mailboxes);
        }
    }

    private static void Add<TValue>(Dictionary<string, List<TValue>> map, string key, TValue value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
