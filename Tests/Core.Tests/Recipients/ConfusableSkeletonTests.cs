using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

public class ConfusableSkeletonTests
{
    [Theory]
    [InlineData("kluisbergen.be", "k1uisbergen.be")]
    [InlineData("kluisbergen.be", "kIuisbergen.be")]
    [InlineData("kluisbergen.be", "KLUISBERGEN.BE")]
    [InlineData("tessenderlo-ham.be", "tessenderlo-harn.be")]
    [InlineData("tessenderlo-ham.be", "tessenderl0-ham.be")]
    [InlineData("tessenderlo-ham.be", "tessenderlo\u2013ham.be")]
    [InlineData("socialedienst", "5ocialedienst")]
    [InlineData("socialedienst", "socialeclienst")]
    [InlineData("www", "vvvvvv")]
    [InlineData("socialedienst", "s\u043ecialedienst")]
    [InlineData("socialedienst", "soci\u0430l\u0435dienst")]
    [InlineData("socialedienst", "s\u03bfcialedienst")]
    [InlineData("socialedienst", "\uff53\uff4f\uff43\uff49\uff41\uff4c\uff45\uff44\uff49\uff45\uff4e\uff53\uff54")]
    [InlineData("kluisbergen", "\U0001D5F8luisbergen")]
    [InlineData("paypal", "\u0440\u0430\u0443\u0440\u0430l")]
    public void Of_Lookalikes_ShareTheSkeleton(string original, string lookalike)
    {
        Assert.Equal(ConfusableSkeleton.Of(original), ConfusableSkeleton.Of(lookalike));
    }

    [Theory]
    [InlineData("kluisbergen.be", "kluisberqen.be")]
    [InlineData("kluisbergen.be", "kluisbergen.de")]
    [InlineData("socialedienst", "socialdienst")]
    [InlineData("ham", "hem")]
    public void Of_DifferentLetters_DifferentSkeletons(string a, string b)
    {
        Assert.NotEqual(ConfusableSkeleton.Of(a), ConfusableSkeleton.Of(b));
    }

    [Theory]
    [InlineData("rn", "m")]
    [InlineData("vv", "w")]
    [InlineData("cl", "d")]
    [InlineData("0", "o")]
    [InlineData("5", "s")]
    [InlineData("1", "l")]
    [InlineData("I", "l")]
    public void Of_DocumentedPairs_MapToThePrototype(string text, string expected)
    {
        Assert.Equal(expected, ConfusableSkeleton.Of(text));
    }

    [Theory]
    [InlineData("kluisb\u0435rgen", true)]
    [InlineData("tessenderl\u03bf-ham", true)]
    [InlineData("kluisbergen", false)]
    [InlineData("\u043a\u043b\u0443\u0431", false)]
    [InlineData("\uff4b\uff4c\uff55\uff49\uff53", false)]
    [InlineData("m\u00fcller", false)]
    [InlineData("", false)]
    public void MixesScripts_LatinWithCyrillicOrGreek_IsDetected(string text, bool expected)
    {
        Assert.Equal(expected, ConfusableSkeleton.MixesScripts(text));
    }
}
