using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

public class EditDistanceTests
{
    [Theory]
    [InlineData("kluisbergen", "kluisbergen", 0)]
    [InlineData("kluisbergen", "kluisberqen", 1)]
    [InlineData("kluisbergen", "kluisbegren", 1)]
    [InlineData("kluisbergen", "kluissbergen", 1)]
    [InlineData("kluisbergen", "kluisberge", 1)]
    [InlineData("kluisbergen", "lkuisbergne", 2)]
    [InlineData("tessenderlo-ham", "tessenderloham", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Bounded_WithinBound_IsTheOptimalStringAlignmentDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, 5));
        Assert.Equal(expected, EditDistance.Bounded(b, a, 5));
    }

    [Theory]
    [InlineData("kluisbergen", "gent", 2)]
    [InlineData("kluisbergen", "tessenderlo", 1)]
    [InlineData("abcdef", "fedcba", 2)]
    public void Bounded_BeyondBound_ReturnsBoundPlusOne(string a, string b, int max)
    {
        Assert.Equal(max + 1, EditDistance.Bounded(a, b, max));
    }

    [Fact]
    public void Bounded_LongStrings_WorkBeyondTheStackBuffer()
    {
        var a = new string('a', 400);
        var b = new string('a', 399) + "b";

        Assert.Equal(1, EditDistance.Bounded(a, b, 2));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(11, 2)]
    [InlineData(13, 2)]
    [InlineData(15, 3)]
    public void ThresholdFor_ScalesWithLength(int length, int expected)
    {
        Assert.Equal(expected, EditDistance.ThresholdFor(length));
    }

    [Fact]
    public void Bounded_RandomShortStrings_MatchesAFullTableReference()
    {
        // Fixed seed; a small alphabet makes shared prefixes, suffixes and transpositions frequent.
        var random = new Random(97);
        for (var i = 0; i < 5_000; i++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? Mutate(a, random) : RandomWord(random);

            var expected = Reference(a, b);

            Assert.Equal(Math.Min(expected, 4), EditDistance.Bounded(a, b, 3));
        }
    }

    private static string RandomWord(Random random)
    {
        var chars = new char[random.Next(0, 9)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = "abc"[random.Next(3)];
        }

        return new string(chars);
    }

    private static string Mutate(string word, Random random)
    {
        if (word.Length < 2)
        {
            return word + "a";
        }

        var chars = word.ToCharArray();
        var at = random.Next(chars.Length - 1);
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        return new string(chars);
    }

    /// <summary>Textbook optimal string alignment over the full table, no shortcuts.</summary>
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
