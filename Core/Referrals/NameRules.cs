using System.Globalization;
using System.Text;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// Rules for typed text that is a name (given name, family name) or a place (street, municipality).
/// Letters of every script are welcome; what looks like code, a formula or a homograph is not.
/// </summary>
internal static class NameRules
{
    public const int MaxNameLength = 100;
    public const int MaxStreetLength = 100;
    public const int MaxMunicipalityLength = 80;

    /// <summary>
    /// A person's name: starts with a letter, or with an apostrophe and a letter ('t Hooft: the elided article of
    /// Flemish names and places); letters, marks, space, hyphen, apostrophes, period, and the zero-width
    /// (non-)joiners TextNormalizer kept because the word needs them.
    /// </summary>
    public static string? CheckPersonName(string value) => Check(value, static c => c is " " or "-" or "'" or "\u2019" or ".", digitsAllowed: false);

    /// <summary>A street or municipality: also digits and the punctuation of Belgian addresses (/ , ( )).</summary>
    public static string? CheckPlaceName(string value) =>
        Check(value, static c => c is " " or "-" or "'" or "\u2019" or "." or "/" or "," or "(" or ")", digitsAllowed: true);

    private static string? Check(string value, Func<string, bool> isAllowedPunctuation, bool digitsAllowed)
    {
        var previousIsLetter = false;
        var first = true;
        var hasLetter = false;

        // A leading apostrophe is only ever followed by a letter ('s-Gravenwezel): never a formula or a digit.
        var start = value.Length > 1 && value[0] == '\'' && char.IsLetter(value[1]) ? 1 : 0;
        foreach (var rune in value[start..].EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var isLetter = Rune.IsLetter(rune);
            var isMark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark;
            var isDigit = rune.Value is >= '0' and <= '9';
            var allowed = isLetter
                || (isMark && previousIsLetter)
                || (digitsAllowed && isDigit)
                || (!first && rune.IsBmp && isAllowedPunctuation(rune.ToString()))
                || (!first && rune.Value is JoinerContext.NonJoiner or JoinerContext.Joiner);

            // The first character decides how spreadsheets and mail clients read the value: a letter (or,
            // for places, a digit) keeps =, +, @ and - formula starters out without a separate rule.
            if (!allowed || (first && !isLetter && !(digitsAllowed && isDigit)))
            {
                return ErrorCodes.InvalidCharacters;
            }

            hasLetter |= isLetter;
            previousIsLetter = isLetter || (isMark && previousIsLetter) || (previousIsLetter && rune.Value == JoinerContext.Joiner);
            first = false;
        }

        if (!hasLetter)
        {
            return ErrorCodes.InvalidCharacters;
        }

        return Scripts.HasMixedWord(value) ? ErrorCodes.MixedScripts : null;
    }
}
