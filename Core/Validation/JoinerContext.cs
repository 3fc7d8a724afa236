using System.Globalization;
using System.Text;

namespace OutlookReferralAddin.Core.Validation;

/// <summary>
/// The IDNA CONTEXTJ rules (RFC 5892, Appendix A.1 and A.2): where the zero-width non-joiner (U+200C) and joiner
/// (U+200D) belong to the spelling of a word. Persian writes "نیک‌نام" with a ZWNJ between two joining letters;
/// Indic scripts put one after a virama. Anywhere else the character is invisible and only makes two equal-looking
/// names different, so it stays refused. .NET exposes neither Joining_Type nor the combining class, hence the tables:
/// the joining types of the Arabic, N'Ko and Mongolian letters (ArabicShaping.txt) and the viramas (ccc = 9).
/// </summary>
public static class JoinerContext
{
    public const char NonJoiner = '\u200C';
    public const char Joiner = '\u200D';

    private enum JoiningType
    {
        None,
        Transparent,
        Dual,
        Right,
        Left,
    }

    private static readonly HashSet<int> Viramas =
    [
        0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A, 0x0EBA,
        0x0F84, 0x1039, 0x103A, 0x1714, 0x1715, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F,
        0xA806, 0xA82C, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED, 0x10A3F, 0x11046, 0x11070, 0x1107F, 0x110B9, 0x11133,
        0x11134, 0x111C0, 0x11235, 0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F, 0x116B6, 0x1172B, 0x11839,
        0x1193D, 0x1193E, 0x119E0, 0x11A34, 0x11A47, 0x11A99, 0x11C3F, 0x11D44, 0x11D45, 0x11D97,
    ];

    // Right-joining Arabic letters (alef, dal, reh, waw and their variants); the other Arabic letters join both ways.
    private static readonly HashSet<int> ArabicRight =
    [
        0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062F, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0672, 0x0673,
        0x0675, 0x0676, 0x0677, 0x06C0, 0x06C3, 0x06C4, 0x06C5, 0x06C6, 0x06C7, 0x06C8, 0x06C9, 0x06CA, 0x06CB, 0x06CD,
        0x06CF, 0x06D2, 0x06D3, 0x06D5, 0x06EE, 0x06EF, 0x0759, 0x075A, 0x075B, 0x076B, 0x076C, 0x0771, 0x0773, 0x0774,
        0x0778, 0x0779, 0x08AA, 0x08AB, 0x08AC, 0x08AE, 0x08B1, 0x08B2, 0x08B9,
    ];

    /// <summary>True when the joiner at <paramref name="index"/> of <paramref name="text"/> satisfies CONTEXTJ.</summary>
    public static bool IsAllowed(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var joiner = text[index];
        if (joiner is not (NonJoiner or Joiner))
        {
            return false;
        }

        if (RuneBefore(text, index) is { } before && Viramas.Contains(before.Value))
        {
            return true;
        }

        // ZWNJ only: (Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D})
        return joiner == NonJoiner && JoinsBefore(text, index) && JoinsAfter(text, index + 1);
    }

    private static bool JoinsBefore(string text, int index)
    {
        while (RuneBefore(text, index) is { } rune)
        {
            var type = TypeOf(rune);
            if (type != JoiningType.Transparent)
            {
                return type is JoiningType.Left or JoiningType.Dual;
            }

            index -= rune.Utf16SequenceLength;
        }

        return false;
    }

    private static bool JoinsAfter(string text, int index)
    {
        while (index < text.Length && Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            var type = TypeOf(rune);
            if (type != JoiningType.Transparent)
            {
                return type is JoiningType.Right or JoiningType.Dual;
            }

            index += consumed;
        }

        return false;
    }

    private static Rune? RuneBefore(string text, int index) =>
        index > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out var rune, out _) == System.Buffers.OperationStatus.Done
            ? rune
            : null;

    private static JoiningType TypeOf(Rune rune)
    {
        var cp = rune.Value;
        if (cp is NonJoiner or Joiner)
        {
            return JoiningType.None;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return JoiningType.Transparent;
        }

        if (!Rune.IsLetter(rune) || cp == 0x0640)
        {
            return JoiningType.None; // the tatweel is join-causing, which the IDNA rule does not count
        }

        if (ArabicRight.Contains(cp) || cp is (>= 0x0688 and <= 0x0699))
        {
            return JoiningType.Right;
        }

        return cp switch
        {
            0x0621 or 0x0674 => JoiningType.None, // hamza and high hamza do not join
            (>= 0x0620 and <= 0x064A) or (>= 0x066E and <= 0x06D5) or (>= 0x06EE and <= 0x06FF) or (>= 0x0750 and <= 0x077F)
                or (>= 0x08A0 and <= 0x08C9) => JoiningType.Dual,
            (>= 0x07CA and <= 0x07EA) => JoiningType.Dual, // N'Ko
            (>= 0x1820 and <= 0x1878) => JoiningType.Dual, // Mongolian
            _ => JoiningType.None,
        };
    }
}
