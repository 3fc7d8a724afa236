using System.Collections.Frozen;
using System.Text;

namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// The "skeleton" idea of Unicode UTS #39 (section 4, confusable detection), cut down to what can fool a reader of a
/// Belgian municipal e-mail address: two strings that look alike get the same skeleton.
/// Steps: (1) NFKC, which already folds fullwidth letters, ligatures and mathematical letters to ASCII; (2) invariant
/// lower-casing; (3) a one-to-one table mapping Cyrillic and Greek letters that look Latin, and digits/signs that look
/// like letters, onto one Latin prototype; (4) multi-character sequences that render like one letter: rn→m, vv→w, cl→d.
/// Unlike UTS #39 the prototypes are Latin letters (so skeletons stay readable) and i, l, 1, | and I share the prototype
/// l: in most mail fonts they differ by a pixel. Both sides of a comparison go through the same function, so the choice
/// of prototype does not matter, only that lookalikes meet.
/// </summary>
internal static class ConfusableSkeleton
{
    /// <summary>One line per prototype: the prototype, then the characters (after NFKC and lower-casing) that map to it.</summary>
    private static readonly string[] Table =
    [
        "a а ɑ α",          // Cyrillic a, Latin alpha, Greek alpha
        "b ь Ь",            // Cyrillic soft sign resembles b
        "c с ϲ",            // Cyrillic es, Greek lunate sigma
        "d ԁ",              // Cyrillic komi de
        "e е ҽ",            // Cyrillic ie
        "g ɡ ց",            // Latin script g, Armenian co
        "h һ",              // Cyrillic shha
        "j ј ϳ",            // Cyrillic je, Greek yot
        "k к κ",            // Cyrillic ka, Greek kappa
        "l i 1 | ı ɩ ι і ӏ ǀ ⅼ ℓ", // i/l/1/| family, dotless i, Greek iota, Cyrillic i and palochka
        "m м",              // Cyrillic em (lower-case form of М)
        "n п η",            // Cyrillic pe and Greek eta read as n in many fonts
        "o 0 о ο σ օ ᴏ",    // zero, Cyrillic o, Greek omicron and sigma, Armenian oh
        "p р ρ",            // Cyrillic er, Greek rho
        "q ԛ",              // Cyrillic qa
        "r г",              // Cyrillic ghe
        "s 5 ѕ ꜱ",          // five, Cyrillic dze
        "t т τ",            // Cyrillic te, Greek tau
        "u υ ս",            // Greek upsilon, Armenian seh
        "v ν ѵ",            // Greek nu, Cyrillic izhitsa
        "w ԝ ω ѡ",          // Cyrillic we, Greek omega, Cyrillic omega
        "x х χ",            // Cyrillic ha, Greek chi
        "y у γ ү",          // Cyrillic u, Greek gamma, Cyrillic straight u
        "z ᴢ",
        "- ‐ ‑ ‒ – — − ⁃",  // dashes and minus signs
        ". 。 ｡ ․",          // full stops that IDNA also treats as label separators
    ];

    private static readonly FrozenDictionary<char, char> Map = BuildMap();

    /// <summary>The skeleton of <paramref name="text"/>; equal skeletons mean "looks the same".</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = IsAsciiLower(text) ? text : text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var mapped = Map.GetValueOrDefault(c, c);
            var previous = builder.Length > 0 ? builder[^1] : '\0';
            var pair = (previous, mapped) switch
            {
                ('r', 'n') => 'm',
                ('v', 'v') => 'w',
                ('c', 'l') => 'd',
                _ => '\0',
            };
            if (pair != '\0')
            {
                builder[^1] = pair;
            }
            else
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the letters of <paramref name="text"/> come from more than one of Latin, Cyrillic, Greek, other.</summary>
    public static bool MixesScripts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = Script.None;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                seen |= ScriptOf(c);
            }
        }

        return seen is not (Script.None or Script.Latin or Script.Cyrillic or Script.Greek or Script.Other);
    }

    /// <summary>True when <paramref name="text"/> contains anything but ASCII.</summary>
    public static bool HasNonAscii(string text) => !Ascii.IsValid(text);

    private static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') or (>= '\uFF21' and <= '\uFF5A') => Script.Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        _ => Script.Other,
    };

    private static bool IsAsciiLower(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        foreach (var line in Table)
        {
            var entries = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var source in entries.AsSpan(1))
            {
                map[source[0]] = entries[0][0];
            }
        }

        return map.ToFrozenDictionary();
    }

    [Flags]
    private enum Script
    {
        None = 0,
        Latin = 1,
        Cyrillic = 2,
        Greek = 4,
        Other = 8,
    }
}
