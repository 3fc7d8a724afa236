using System.Text;

namespace OutlookReferralAddin.Core.Validation;

/// <summary>
/// Detects words that mix writing systems, the classic homograph trick ("Ρeeters" with a Greek Rho, "Реeters"
/// with a Cyrillic Er). .NET has no Unicode Script property, so this maps letters to scripts by code-point
/// ranges of the blocks that matter; letters outside them fall back to their 256-code-point block.
/// Japanese (Han + kana) and Korean (Hangul + Han) words legitimately mix and are allowed.
/// </summary>
public static class Scripts
{
    private const int Common = 0;
    private const int Latin = 1;
    private const int Greek = 2;
    private const int Cyrillic = 3;
    private const int Han = 10;
    private const int Hiragana = 11;
    private const int Katakana = 12;
    private const int Hangul = 13;
    private const int Armenian = 20;
    private const int Hebrew = 21;
    private const int Arabic = 22;
    private const int Georgian = 23;
    private const int Ethiopic = 24;

    // (first, last, script), sorted by first. Indic and other blocks use their block start as script id.
    private static readonly (int First, int Last, int Script)[] Ranges =
    [
        (0x0041, 0x005A, Latin), (0x0061, 0x007A, Latin), (0x00AA, 0x00AA, Latin), (0x00BA, 0x00BA, Latin),
        (0x00C0, 0x024F, Latin), (0x0250, 0x02AF, Latin), (0x0370, 0x03FF, Greek), (0x0400, 0x052F, Cyrillic),
        (0x0530, 0x058F, Armenian), (0x0590, 0x05FF, Hebrew), (0x0600, 0x06FF, Arabic), (0x0750, 0x077F, Arabic),
        (0x08A0, 0x08FF, Arabic), (0x10A0, 0x10FF, Georgian),
        (0x1100, 0x11FF, Hangul), (0x1200, 0x139F, Ethiopic), (0x1C80, 0x1C8F, Cyrillic),
        (0x1C90, 0x1CBF, Georgian), (0x1D00, 0x1DBF, Latin), (0x1E00, 0x1EFF, Latin),
        (0x1F00, 0x1FFF, Greek), (0x2C60, 0x2C7F, Latin), (0x2DE0, 0x2DFF, Cyrillic), (0x2E80, 0x2FDF, Han),
        (0x3005, 0x3007, Han), (0x3021, 0x3029, Han), (0x3038, 0x303B, Han), (0x3040, 0x309F, Hiragana),
        (0x30A0, 0x30FF, Katakana), (0x3130, 0x318F, Hangul), (0x31F0, 0x31FF, Katakana), (0x3400, 0x4DBF, Han),
        (0x4E00, 0x9FFF, Han), (0xA640, 0xA69F, Cyrillic), (0xA720, 0xA7FF, Latin), (0xAB30, 0xAB6F, Latin),
        (0xAC00, 0xD7AF, Hangul), (0xF900, 0xFAFF, Han), (0xFB1D, 0xFB4F, Hebrew), (0xFB50, 0xFDFF, Arabic),
        (0xFE70, 0xFEFF, Arabic), (0xFF21, 0xFF3A, Latin), (0xFF41, 0xFF5A, Latin),
        (0xFF66, 0xFF9F, Katakana), (0xFFA0, 0xFFDC, Hangul), (0x20000, 0x3FFFF, Han),
    ];

    /// <summary>True when one word (split at spaces, hyphens and apostrophes) uses letters of two scripts.</summary>
    public static bool HasMixedWord(string text)
    {
        var seen = new HashSet<int>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is ' ' or '-' or '\'' or '\u2019' or '/' or ',' or '(' or ')')
            {
                if (IsMixed(seen))
                {
                    return true;
                }

                seen.Clear();
                continue;
            }

            if (Rune.IsLetter(rune) && ScriptOf(rune) is var script and not Common)
            {
                seen.Add(script);
            }
        }

        return IsMixed(seen);
    }

    private static bool IsMixed(HashSet<int> scripts)
    {
        if (scripts.Count <= 1)
        {
            return false;
        }

        var japanese = scripts.All(s => s is Han or Hiragana or Katakana);
        var korean = scripts.All(s => s is Han or Hangul);
        return !japanese && !korean;
    }

    internal static int ScriptOf(Rune rune)
    {
        var cp = rune.Value;
        if (cp is >= 0x02B0 and <= 0x02FF)
        {
            return Common; // spacing modifier letters (ʼ ʻ) appear in names of several scripts
        }

        int lo = 0, hi = Ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var (first, last, script) = Ranges[mid];
            if (cp < first)
            {
                hi = mid - 1;
            }
            else if (cp > last)
            {
                lo = mid + 1;
            }
            else
            {
                return script;
            }
        }

        return 1000 + (cp >> 7); // Indic and other scripts: one 128-code-point block each
    }
}
