using System.Globalization;

namespace OutlookReferralAddin.Core.Recipients;

/// <summary>Domain name forms: ASCII (punycode) and Unicode through <see cref="IdnMapping"/>, with an ASCII fast path.</summary>
internal static class DomainNames
{
    private const int MaxLabelLength = 63;

    /// <summary>The Unicode form of a lower-cased domain, or null when it is not a valid (internationalised) host name.</summary>
    public static string? ToUnicode(string domain)
    {
        if (IsPlainAsciiHost(domain))
        {
            return domain;
        }

        try
        {
            // IdnMapping is cheap to create; a fresh one avoids any question of sharing it across threads.
            var idn = new IdnMapping { UseStd3AsciiRules = true };
            // GetUnicode validates punycode labels itself; non-ASCII input goes through GetAscii first for UTS #46 mapping.
            var ascii = System.Text.Ascii.IsValid(domain) ? domain : idn.GetAscii(domain);
            return idn.GetUnicode(ascii).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The ASCII (punycode) form, or null when invalid.</summary>
    public static string? ToAscii(string domain)
    {
        try
        {
            return new IdnMapping { UseStd3AsciiRules = true }.GetAscii(domain.ToLowerInvariant());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Letters, digits and inner hyphens in dot-separated labels of at most 63 characters, no punycode.</summary>
    public static bool IsPlainAsciiHost(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty)
        {
            return false;
        }

        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.IsEmpty || label.Length > MaxLabelLength || label[0] == '-' || label[^1] == '-'
                || label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
