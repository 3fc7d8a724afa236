using System.Collections.Frozen;
using System.Globalization;

namespace OutlookReferralAddin.Core.Recipients.EntryChecks;

/// <summary>
/// The vendored domain lists (embedded resources, see <c>Data/</c>): the IANA top-level domains and the public webmail
/// and consumer internet-provider domains. Read once; offline and reproducible.
/// </summary>
public static class MailDomains
{
    private static readonly Lazy<FrozenSet<string>> Tlds = new(() => Load("tlds.txt", ToAsciiLabel));
    private static readonly Lazy<FrozenSet<string>> Providers = new(() =>
        Load("free-email-domains.txt", d => d).Union(Load("belgian-providers.txt", d => d)).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>True when the last label of the ASCII (punycode) domain is a delegated top-level domain.</summary>
    public static bool HasKnownTld(string asciiDomain)
    {
        ArgumentNullException.ThrowIfNull(asciiDomain);
        var tld = asciiDomain[(asciiDomain.LastIndexOf('.') + 1)..];
        return Tlds.Value.Contains(tld.ToLowerInvariant());
    }

    /// <summary>True for a webmail or consumer provider's domain or any subdomain of one (<c>mail.telenet.be</c>).</summary>
    public static bool IsPublicMailProvider(string asciiDomain)
    {
        ArgumentNullException.ThrowIfNull(asciiDomain);
        for (var rest = asciiDomain.ToLowerInvariant(); ; rest = rest[(rest.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            if (Providers.Value.Contains(rest))
            {
                return true;
            }

            if (!rest.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }
        }
    }

    private static string ToAsciiLabel(string label) =>
        System.Text.Ascii.IsValid(label) ? label : new IdnMapping().GetAscii(label);

    private static FrozenSet<string> Load(string name, Func<string, string> map)
    {
        using var stream = typeof(MailDomains).Assembly.GetManifestResourceStream($"OutlookReferralAddin.Core.Recipients.EntryChecks.{name}")
            ?? throw new InvalidOperationException($"Embedded list {name} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                set.Add(map(entry.ToLowerInvariant()));
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
