using System.Security.Cryptography;
using System.Text;
using OutlookReferralAddin.Core.Consent;

namespace OutlookReferralAddin.Core.Tests.Consent;

public class ClientPseudonymTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static ClientPseudonym CreateSut() => new(Key);

    [Theory]
    [InlineData("An", "Peeters", "9690")]
    [InlineData("AN", "PEETERS", "9690")]
    [InlineData("  an ", " peeters  ", " 9690 ")]
    [InlineData("Ån", "Péeters", "9690")]
    [InlineData("A\u030An", "Pe\u0301eters", "9690")]
    public void Compute_SpellingVariants_GiveTheSamePseudonym(string given, string family, string postalCode)
    {
        var sut = CreateSut();

        Assert.Equal(sut.Compute("An", "Peeters", "9690"), sut.Compute(given, family, postalCode));
    }

    [Theory]
    [InlineData("Çelik", "CELIK")]
    [InlineData("D\u2019Hondt", "d'hondt")]
    [InlineData("Van  den Broeck", "van den broeck")]
    [InlineData("Strauß", "STRAUSS")]
    public void Compute_FamilyNameVariants_AreEqual(string a, string b)
    {
        var sut = CreateSut();

        Assert.Equal(sut.Compute("X", a, "1000"), sut.Compute("X", b, "1000"));
    }

    [Theory]
    [InlineData("'t Hooft", "t Hooft")]
    [InlineData("'t Hooft", "T\u2019HOOFT")]
    [InlineData("Van-Damme", "Van Damme")]
    [InlineData("Van-Damme", "vandamme")]
    [InlineData("Mc\u00A0Cann", "McCann")]
    [InlineData("\u0622\u0632\u0627\u062F\u200C\u0645\u0647\u0631", "\u0622\u0632\u0627\u062F\u0645\u0647\u0631")]
    public void Compute_ApostropheHyphenSpaceOrJoinerTypedDifferently_GivesTheSamePseudonym(string a, string b)
    {
        var sut = CreateSut();

        Assert.Equal(sut.Compute("X", a, "1000"), sut.Compute("X", b, "1000"));
    }

    [Fact]
    public void ComputeBeforeDecember2026_KeepsTheEarlierNormalisation_SoOlderRecordsStayFindable()
    {
        var sut = CreateSut();
        var earlier = Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("x\u001F't hooft\u001F1000")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal(earlier, sut.ComputeBeforeDecember2026("X", "\u2019T  Hooft", "1000"));
        Assert.NotEqual(earlier, sut.Compute("X", "'t Hooft", "1000"));
    }

    [Theory]
    [InlineData("An", "Peeters", "9691")]
    [InlineData("Ann", "Peeters", "9690")]
    [InlineData("An Peeters", "", "9690")]
    [InlineData("", "An Peeters", "9690")]
    public void Compute_DifferentPerson_GivesDifferentPseudonym(string given, string family, string postalCode)
    {
        var sut = CreateSut();

        Assert.NotEqual(sut.Compute("An", "Peeters", "9690"), sut.Compute(given, family, postalCode));
    }

    [Fact]
    public void Compute_IsHmacSha256OverNormalisedFields_AsBase64Url()
    {
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("an\u001Fpeeters\u001F9690")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var pseudonym = CreateSut().Compute("Ån", "PEETERS", "9690");

        Assert.Equal(expected, pseudonym);
        Assert.Equal(43, pseudonym.Length);
        Assert.DoesNotContain("eeters", pseudonym, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compute_OtherKey_GivesOtherPseudonym()
    {
        var other = new ClientPseudonym(Enumerable.Repeat((byte)7, 32).ToArray());

        Assert.NotEqual(CreateSut().Compute("An", "Peeters", "9690"), other.Compute("An", "Peeters", "9690"));
    }

    [Fact]
    public void Constructor_ShortKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ClientPseudonym(new byte[31]));
    }

    [Fact]
    public void Constructor_KeyChangedAfterwards_DoesNotChangePseudonym()
    {
        var key = (byte[])Key.Clone();
        var sut = new ClientPseudonym(key);
        var before = sut.Compute("An", "Peeters", "9690");

        key[0] ^= 0xFF;

        Assert.Equal(before, sut.Compute("An", "Peeters", "9690"));
    }
}
