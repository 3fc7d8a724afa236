namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// Damerau–Levenshtein distance in its "optimal string alignment" form: insertions, deletions, substitutions and
/// transpositions of two adjacent characters each cost 1 (so "kluisbegren" is one edit from "kluisbergen").
/// Bounded: the caller says how far it cares, and anything further returns <c>max + 1</c> early, which keeps a check
/// against every directory entry cheap. Three rolling rows on the stack; no allocation for names up to 256 characters.
/// </summary>
internal static class EditDistance
{
    private const int StackLimit = 256;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, capped at <paramref name="max"/> + 1.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // A shared prefix or suffix never changes the distance; typos are mostly one spot in a long name,
        // so this usually leaves a few characters for the quadratic part.
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        var suffix = CommonSuffixLength(a, b);
        a = a[..^suffix];
        b = b[..^suffix];
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.IsEmpty || b.IsEmpty)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        Span<int> buffer = width <= StackLimit ? stackalloc int[width * 3] : new int[width * 3];
        var twoBack = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            // Rotate the rows without copying: twoBack <- previous <- current <- (old twoBack, overwritten next row).
            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = 0;
        var limit = Math.Min(a.Length, b.Length);
        while (length < limit && a[a.Length - 1 - length] == b[b.Length - 1 - length])
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// How many edits still count as "looks like" for a name of this length: none for very short names (too many
    /// innocent neighbours), one up to 8 characters, two up to 14, three beyond.
    /// </summary>
    public static int ThresholdFor(int length) => length switch
    {
        <= 4 => 0,
        <= 8 => 1,
        <= 14 => 2,
        _ => 3,
    };
}
