using System.Security.Cryptography;

namespace OutlookReferralAddin.Core.Archive;

/// <summary>
/// Passphrases to read out over the phone: CSPRNG, at least 80 bits, no ambiguous characters, grouped.
/// The returned string, dashes included, is exactly what the recipient types in 7-Zip.
/// </summary>
/// <remarks>
/// Entropy: <see cref="Groups"/> × <see cref="GroupLength"/> = 20 characters drawn uniformly from
/// <see cref="Alphabet"/> (31 symbols) give 20 × log2(31) ≈ 20 × 4.954 ≈ 99.1 bits; the dashes add none.
/// 16 characters would give only 79.3 bits, hence five groups.
/// </remarks>
public static class PassphraseGenerator
{
    /// <summary>Lowercase letters and digits without 0/o, 1/l/i: easy to say in Dutch, easy to type.</summary>
    public const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public const int Groups = 5;
    public const int GroupLength = 4;
    public const char Separator = '-';

    public static double EntropyBits => Groups * GroupLength * Math.Log2(Alphabet.Length);

    public static string Generate() =>
        string.Create(Groups * (GroupLength + 1) - 1, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                // GetInt32 is uniform (rejection sampling), so every character carries the full log2(31) bits.
                span[i] = (i + 1) % (GroupLength + 1) == 0
                    ? Separator
                    : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}
