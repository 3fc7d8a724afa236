using System.Globalization;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// One plain mail address: a dot-atom local part (RFC 5321/5322, ASCII) and a domain that may be
/// internationalised. The domain is validated in its ASCII (IDNA) form and kept in its Unicode form for
/// display, so an@bücher.be and an@xn--bcher-kva.be are the same address: an@bücher.be.
/// Display names, angle brackets, quoted local parts, comments and lists of addresses are refused.
/// </summary>
internal static class EmailRules
{
    public const int MaxLength = 254;
    private const int MaxLocalLength = 64;

    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    public static string? Check(string value, out string email)
    {
        email = string.Empty;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return ErrorCodes.InvalidEmail;
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        if (!IsDotAtom(local) || local.Length > MaxLocalLength || ToAscii(domain) is not { } ascii
            || local.Length + 1 + ascii.Length > MaxLength)
        {
            return ErrorCodes.InvalidEmail;
        }

        email = local + "@" + Idn.GetUnicode(ascii);
        return null;
    }

    private static bool IsDotAtom(string local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        return local.All(static c => char.IsAsciiLetterOrDigit(c) || c == '.' || "!#$%&'*+-/=?^_`{|}~".Contains(c));
    }

    private static string? ToAscii(string domain)
    {
        string ascii;
        try
        {
            // UTS #46 mapping: checks bidi and joiner rules, refuses spaces and symbols. It maps Unicode
            // upper case but leaves ASCII as typed, hence the lower-casing (domains are case-insensitive).
            ascii = Idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = ascii.Split('.');
        if (ascii.Length > 253 || labels.Length < 2 || labels.Any(static l => l.Length is 0 or > 63))
        {
            return null;
        }

        // A top-level domain is letters (or an IDN "xn--" label); "an@192.168.0.1" is not a mailbox here.
        var tld = labels[^1];
        return tld.StartsWith("xn--", StringComparison.Ordinal) || (tld.Length >= 2 && tld.All(char.IsAsciiLetter))
            ? ascii
            : null;
    }
}
