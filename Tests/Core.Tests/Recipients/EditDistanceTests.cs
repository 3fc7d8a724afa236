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
}
