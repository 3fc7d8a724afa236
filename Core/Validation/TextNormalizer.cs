using System.Globalization;
using System.Text;

namespace OutlookReferralAddin.Core.Validation;

/// <summary>
/// The first step for every typed text: refuse what must not be there, then trim, NFC and collapse whitespace.
/// Invisible characters are refused rather than stripped: silently changing a name hides what was pasted
/// (a right-to-left override makes "Peeters" display as something else), and the worker should see it.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Inputs longer than this are refused before any scan, so hostile sizes cost nothing.</summary>
    public const int HardLimit = 1000;

    /// <summary>
    /// Returns null and the normalised text, or the error code (value is then empty). For a name or a place
    /// (<paramref name="nameText"/>) typographic dashes and apostrophes become plain ones, and a zero-width
    /// (non-)joiner is kept where the IDNA CONTEXTJ rule makes it part of the word (<see cref="JoinerContext"/>).
    /// </summary>
    public static string? Normalize(string? raw, int maxLength, out string value, bool nameText = false)
    {
        value = string.Empty;
        if (raw is null)
        {
            return ErrorCodes.Required;
        }

        if (raw.Length > Math.Min(HardLimit, maxLength * 4))
        {
            return ErrorCodes.TooLong;
        }

        if (nameText)
        {
            raw = DropInertJoiners(raw);
        }

        if (FindForbidden(raw, nameText) is { } code)
        {
            return code;
        }

        if (nameText)
        {
            raw = Typography.Normalize(raw);
        }

        var composed = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        value = CollapseWhitespace(composed);
        if (value.Length == 0)
        {
            return ErrorCodes.Required;
        }

        return value.Length > maxLength ? ErrorCodes.TooLong : null;
    }

    /// <summary>
    /// A zero-width (non-)joiner outside its CONTEXTJ place changes nothing on screen: a Persian keyboard types one after
    /// a letter that does not join ("آزاد‌مهر"). Dropped silently, so the worker is never refused for a key they cannot
    /// see, and the value stays one spelling; one in context is kept and every other invisible character still refused.
    /// </summary>
    private static string DropInertJoiners(string text)
    {
        if (text.AsSpan().IndexOfAny(JoinerContext.NonJoiner, JoinerContext.Joiner) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not (JoinerContext.NonJoiner or JoinerContext.Joiner) || JoinerContext.IsAllowed(text, i))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the text is null or only (non-control) whitespace: an optional field left empty.</summary>
    public static bool IsBlank(string? raw) => string.IsNullOrWhiteSpace(raw) && (raw is null || FindForbidden(raw) is null);

    internal static string? FindForbidden(string text, bool joinersInContext = false)
    {
        for (var index = 0; index < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return ErrorCodes.InvalidCharacters; // a lone surrogate
            }

            var at = index;
            index += consumed;
            if (IsInvisible(rune) && !(joinersInContext && JoinerContext.IsAllowed(text, at)))
            {
                return ErrorCodes.ControlCharacters;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate)
            {
                return ErrorCodes.InvalidCharacters;
            }
        }

        return null;
    }

    // Controls (incl. tab and newline: no field is multi-line), format characters (bidi marks, overrides and
    // isolates, zero-width space/joiners, word joiner, BOM, soft hyphen), line/paragraph separators, and the
    // few "letters" and marks that render as nothing: variation selectors, the combining grapheme joiner,
    // Hangul fillers. All of them can make two different values look the same.
    private static bool IsInvisible(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
        {
            return true;
        }

        var cp = rune.Value;
        return cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or 0x034F
            or 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x180E;
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
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

            builder.Append(c);
        }

        return builder.ToString();
    }
}
