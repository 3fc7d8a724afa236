namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// Belgian enterprise number (KBO/BCE): ten digits, written <c>0###.###.###</c>, starting with 0 or 1; the last two
/// digits are 97 minus the first eight modulo 97.
/// </summary>
public static class KboNumber
{
    /// <summary>The ten digits of a well-formed number (<c>0212.334.483</c> or <c>0212334483</c>), or null.</summary>
    public static string? Digits(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        Span<char> digits = stackalloc char[10];
        if (trimmed.Length == 10 && IsAllDigits(trimmed))
        {
            trimmed.CopyTo(digits);
        }
        else if (trimmed.Length == 12 && trimmed[4] == '.' && trimmed[8] == '.'
            && IsAllDigits(trimmed[..4]) && IsAllDigits(trimmed[5..8]) && IsAllDigits(trimmed[9..]))
        {
            trimmed[..4].CopyTo(digits);
            trimmed[5..8].CopyTo(digits[4..]);
            trimmed[9..].CopyTo(digits[7..]);
        }
        else
        {
            return null;
        }

        return digits[0] is '0' or '1' ? new string(digits) : null;
    }

    /// <summary>True when the check digits of a well-formed number are right.</summary>
    public static bool HasValidCheckDigits(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length != 10 || !IsAllDigits(digits))
        {
            return false;
        }

        var body = long.Parse(digits.AsSpan(0, 8), System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (body % 97) == check;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
