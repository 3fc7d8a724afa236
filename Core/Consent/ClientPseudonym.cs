using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OutlookReferralAddin.Core.Consent;

/// <summary>
/// A keyed pseudonym of a client: HMAC-SHA256 over the normalised given name, family name and postal code.
/// The consent register stores this instead of the name, so "did we refer this person?" can be answered
/// later by computing the pseudonym again from what the person tells us, without keeping their data.
/// <para>
/// Why keyed: a plain hash of a name and a postcode is reversible by trying the few thousand names per
/// postcode; without the key (held in configuration, not in the database) the values reveal nothing.
/// Why normalised: the same person is typed as "Çelik", "celik" or "ÇELİK  "; case, accents and spacing
/// must not make them different people. Different people may share a pseudonym (same name, same postcode):
/// it is a lead to check, not an identifier.
/// </para>
/// </summary>
public sealed class ClientPseudonym
{
    public const int MinKeyBytes = 32;

    private readonly byte[] _key;

    public ClientPseudonym(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The pseudonym key must be at least {MinKeyBytes} bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>The pseudonym as 43 base64url characters (256 bits, no padding).</summary>
    public string Compute(string givenName, string familyName, string postalCode) =>
        Mac(NormalizeLetters(givenName), NormalizeLetters(familyName), NormalizeLetters(postalCode));

    /// <summary>
    /// The pseudonym as referrals were recorded before December 2026 (apostrophes, hyphens and word breaks counted):
    /// look-ups compute it as well, so those referrals stay findable for their retention period.
    /// </summary>
    public string ComputeBeforeDecember2026(string givenName, string familyName, string postalCode) =>
        Mac(Normalize(givenName), Normalize(familyName), Normalize(postalCode));

    private string Mac(string given, string family, string postalCode)
    {
        // U+001F (unit separator) cannot occur in validated input, so "An Peeters"+"" ≠ "An"+"Peeters".
        var text = string.Join('\u001F', given, family, postalCode);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// Letters and digits only, case-folded and without accents: "'t Hooft", "t Hooft" and "T'HOOFT" are one person,
    /// as are "Van-Damme" and "Vandamme". Apostrophes, hyphens, spaces and invisible joiners are how a name was typed,
    /// not who it is; a keyboard that drops one must not turn a "yes" into a confident "no".
    /// </summary>
    internal static string NormalizeLetters(string value)
    {
        var folded = Normalize(value);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.Format
                or UnicodeCategory.DashPunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.ModifierSymbol))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Case-folded, accents removed, apostrophes unified, whitespace collapsed (the pre-December 2026 form).</summary>
    internal static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c));
        }

        // Dotless/dotted i (Turkish İ → i + mark, ı) and ß fold to their plain Latin forms.
        return builder.Replace('ı', 'i').Replace("ß", "ss").ToString();
    }
}
