using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

public class AddressParserTests
{
    [Theory]
    [InlineData("socialedienst@kluisbergen.be", null)]
    [InlineData("  SocialeDienst@Kluisbergen.BE.  ", null)]
    [InlineData("<socialedienst@kluisbergen.be>", "")]
    [InlineData("\"Sociale \\\"Dienst\\\"\" <socialedienst@kluisbergen.be>", "Sociale \"Dienst\"")]
    [InlineData("Sociale Dienst <mailto:socialedienst@kluisbergen.be>", "Sociale Dienst")]
    [InlineData("mailto:socialedienst@kluisbergen.be", null)]
    public void Parse_AcceptedForms_GiveTheNormalisedAddressAndDisplayName(string input, string? display)
    {
        var parsed = AddressParser.Parse(input);

        Assert.NotNull(parsed);
        Assert.Equal("socialedienst@kluisbergen.be", parsed.Normalised);
        Assert.Equal(display, parsed.DisplayName);
        Assert.True(parsed.IsPlainAscii);
    }

    [Fact]
    public void Parse_Punycode_KeepsTypedFormAndDecodesUnicode()
    {
        var parsed = AddressParser.Parse("socialedienst@XN--KLUISBRGEN-PSI.be");

        Assert.NotNull(parsed);
        Assert.Equal("xn--kluisbrgen-psi.be", parsed.Domain);
        Assert.Equal("kluisb\u0435rgen.be", parsed.DomainUnicode);
        Assert.False(parsed.IsPlainAscii);
    }

    [Fact]
    public void Parse_FullwidthDomain_KeepsTypedFormSoItNeverMatchesExactly()
    {
        var parsed = AddressParser.Parse("socialedienst@\uff4b\uff4c\uff55\uff49\uff53\uff42\uff45\uff52\uff47\uff45\uff4e.be");

        Assert.NotNull(parsed);
        Assert.NotEqual("kluisbergen.be", parsed.Domain);
        Assert.Equal("kluisbergen.be", parsed.DomainUnicode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("a@b@c.be")]
    [InlineData("a@")]
    [InlineData("@b.be")]
    [InlineData("a@b..be")]
    [InlineData("a@-b.be")]
    [InlineData("a b@c.be")]
    [InlineData("a@c.be>")]
    [InlineData("<a@c.be")]
    [InlineData("x <a@c.be> y")]
    [InlineData("a\u200b@c.be")]
    [InlineData("a@c.be\u0000")]
    [InlineData("\"quoted local\"@c.be")]
    public void Parse_Garbage_ReturnsNull(string input)
    {
        Assert.Null(AddressParser.Parse(input));
    }

    [Fact]
    public void Parse_TooLong_ReturnsNull()
    {
        Assert.Null(AddressParser.Parse(new string('x', AddressParser.MaxInputLength + 1)));
        Assert.Null(AddressParser.Parse(new string('x', 65) + "@c.be"));
    }
}
