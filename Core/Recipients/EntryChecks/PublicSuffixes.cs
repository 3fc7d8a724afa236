using System.Collections.Frozen;
using System.Globalization;

namespace OutlookReferralAddin.Core.Recipients.EntryChecks;

/// <summary>
/// The Public Suffix List (vendored, <c>Data/public-suffix-list.txt</c>): the names under which unrelated parties
/// register their own domains (<c>com</c>, <c>co.uk</c>, <c>blogspot.com</c>). A wildcard such as <c>*.example.be</c>
/// stays within one organisation only when <c>example.be</c> is not itself a public suffix.
/// </summary>
public static class PublicSuffixes
{
    private static readonly Lazy<(FrozenSet<string> Rules, FrozenSet<string> Wildcards, FrozenSet<string> Exceptions)> List = new(Load);

    /// <summary>True when <paramref name="domain"/> (Unicode or punycode) is a public suffix, a bare TLD included, or unreadable.</summary>
    public static bool IsPublicSuffix(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (DomainNames.ToAscii(domain.Trim().TrimEnd('.')) is not { } ascii)
        {
            return true;
        }

        var name = ascii.ToLowerInvariant();
        var (rules, wildcards, exceptions) = List.Value;
        if (exceptions.Contains(name))
        {
            return false;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || rules.Contains(name) || wildcards.Contains(name[(dot + 1)..]);
    }

    private static (FrozenSet<string>, FrozenSet<string>, FrozenSet<string>) Load()
    {
        using var stream = typeof(PublicSuffixes).Assembly.GetManifestResourceStream("OutlookReferralAddin.Core.Recipients.EntryChecks.public-suffix-list.txt")
            ?? throw new InvalidOperationException("Embedded list public-suffix-list.txt is missing.");
        using var reader = new StreamReader(stream);
        var idn = new IdnMapping();
        var (rules, wildcards, exceptions) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal));
        while (reader.ReadLine() is { } line)
        {
            var rule = line.Trim();
            if (rule.Length == 0 || rule.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var (set, text) = rule[0] == '!' ? (exceptions, rule[1..])
                : rule.StartsWith("*.", StringComparison.Ordinal) ? (wildcards, rule[2..])
                : (rules, rule);
            set.Add(System.Text.Ascii.IsValid(text) ? text.ToLowerInvariant() : idn.GetAscii(text).ToLowerInvariant());
        }

        return (rules.ToFrozenSet(StringComparer.Ordinal), wildcards.ToFrozenSet(StringComparer.Ordinal), exceptions.ToFrozenSet(StringComparer.Ordinal));
    }
}
