using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Consent;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>
/// The short code inside a verification archive: six digits from a CSPRNG, shown as <c>482 177</c> so that it is easy
/// to read over the phone. Six digits with five attempts leave a guesser one chance in 200 000; the code's real job is
/// to prove that someone at the mailbox opened the archive. Stored as an HMAC keyed with <c>Privacy:PseudonymKey</c> and
/// bound to the verification id: a plain hash of a six-digit code is reversed by trying a million values.
/// </summary>
internal sealed class VerificationCode(IOptions<PrivacyOptions> privacy)
{
    public const int Digits = 6;

    private readonly byte[] _key = Encoding.UTF8.GetBytes(privacy.Value.PseudonymKey!);

    public static string Generate()
    {
        var digits = RandomNumberGenerator.GetString("0123456789", Digits);
        return $"{digits[..3]} {digits[3..]}";
    }

    /// <summary>The digits of what was read back (spaces, dashes and dots dropped), or null when it cannot be a code.</summary>
    public static string? Normalize(string? entered)
    {
        if (entered is null || entered.Length > 40)
        {
            return null;
        }

        var digits = new StringBuilder(Digits);
        foreach (var c in entered)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (!char.IsWhiteSpace(c) && c is not ('-' or '.'))
            {
                return null;
            }
        }

        return digits.Length == Digits ? digits.ToString() : null;
    }

    public string Hash(Guid verificationId, string code)
    {
        var normalized = Normalize(code) ?? throw new ArgumentException("Not a verification code.", nameof(code));
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{verificationId:N}:{normalized}")));
    }

    public bool Matches(MailboxVerificationEntity verification, string normalizedCode)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var actual = Encoding.ASCII.GetBytes(Hash(verification.Id, normalizedCode));
        var expected = Encoding.ASCII.GetBytes(verification.CodeHash);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
