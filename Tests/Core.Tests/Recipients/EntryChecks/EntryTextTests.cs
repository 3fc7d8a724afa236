using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.EntryChecks;

namespace OutlookReferralAddin.Core.Tests.Recipients.EntryChecks;

public sealed class EntryTextTests
{
    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\nb")]
    [InlineData("a\tb")]
    [InlineData("a\u0000b")]
    [InlineData("a\u0085b")]
    [InlineData("a\u009Fb")]
    [InlineData("a\u2028b")]
    [InlineData("a\u202Ab")]
    [InlineData("a\u202Eb")]
    [InlineData("a\u2066b")]
    [InlineData("a\u2069b")]
    [InlineData("a\u200Bb")]
    [InlineData("a\u200Db")]
    [InlineData("a\uFEFFb")]
    [InlineData("a\u2060b")]
    public void IsClean_ControlBidiOrZeroWidth_IsFalse(string text) => Assert.False(EntryText.IsClean(text));

    [Theory]
    [InlineData("OCMW Tessenderlo-Ham")]
    [InlineData("Sint-Genesius-Rode, Markt 15a")]
    [InlineData("Kind en Gezin Scheldeleie – ’s-Gravenwezel")]
    [InlineData("Zoë Œuvre")]
    public void IsClean_OrdinaryText_IsTrue(string text) => Assert.True(EntryText.IsClean(text));

    [Fact]
    public void ForMail_LineBreaksAndBidi_BecomeOneSpace()
    {
        Assert.Equal("Team Bel +32 470", EntryText.ForMail("Team\r\n\u202EBel +32 470\u200B", 100));
    }

    [Fact]
    public void ForMail_TooLong_IsCut()
    {
        Assert.Equal("abc…", EntryText.ForMail("abcdef", 3));
    }

    [Fact]
    public void ForMail_Protocol_CleansEveryFreeTextField()
    {
        var seed = DirectorySeed.Protocols[0];
        var dirty = seed with
        {
            Name = "OCMW\nX",
            Address = "A\u2066B",
            ReferringTeam = "T\rU",
            OcmwDpo = seed.OcmwDpo with { Organisation = "O\u0085P" },
        };

        var clean = dirty.ForMail();

        Assert.Equal(("OCMW X", "A B", "T U", "O P"), (clean.Name, clean.Address, clean.ReferringTeam, clean.OcmwDpo.Organisation));
    }
}
