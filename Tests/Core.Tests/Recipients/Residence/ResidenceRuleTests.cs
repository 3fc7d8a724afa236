using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.Residence;

namespace OutlookReferralAddin.Core.Tests.Recipients.Residence;

public sealed class ResidenceRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static OcmwProtocol Kluisbergen => DirectorySeed.Protocols.Single(p => p.Id == "kluisbergen");

    private static OcmwProtocol Tessenderlo => DirectorySeed.Protocols.Single(p => p.Id == "tessenderlo-ham");

    private static ResidenceRule Rule(params OcmwProtocol[] protocols) => new(protocols);

    [Theory]
    [InlineData("9690", "kluisbergen")]
    [InlineData("3980", "tessenderlo-ham")]
    [InlineData("3945", "TESSENDERLO-HAM")]
    [InlineData(" 3945 ", "tessenderlo-ham")]
    public void Check_ChosenOcmwServesPostcode_AllowedAndNamesIt(string postcode, string ocmwId)
    {
        var verdict = Rule(Kluisbergen, Tessenderlo).Check(postcode, ocmwId, Today);

        Assert.True(verdict.Allowed);
        Assert.Equal(ResidenceCodes.Served, verdict.Code);
        Assert.Equal(ocmwId.ToLowerInvariant(), verdict.OcmwId);
        Assert.Equal($"Deze postcode hoort bij {verdict.OcmwName}.", verdict.Message);
    }

    [Fact]
    public void Check_NoOcmwChosen_AllowedWithTheServingOcmw()
    {
        var verdict = Rule(Kluisbergen, Tessenderlo).Check("3980", null, Today);

        Assert.Equal((true, "tessenderlo-ham", "OCMW Tessenderlo-Ham"), (verdict.Allowed, verdict.OcmwId, verdict.OcmwName));
    }

    [Fact]
    public void Check_ChosenOcmwDoesNotServePostcode_RefusedNamingBothOcmws()
    {
        var verdict = Rule(Kluisbergen, Tessenderlo).Check("3980", "kluisbergen", Today);

        Assert.False(verdict.Allowed);
        Assert.Equal(ResidenceCodes.NotServedByChosen, verdict.Code);
        Assert.Equal("tessenderlo-ham", verdict.OcmwId);
        Assert.StartsWith("OCMW Kluisbergen is niet het OCMW van deze postcode: dat is OCMW Tessenderlo-Ham.", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kluisbergen")]
    [InlineData(null)]
    public void Check_PostcodeWithoutAnyProtocol_RefusedSayingNoOcmwInForce(string? ocmwId)
    {
        var verdict = Rule(Kluisbergen, Tessenderlo).Check("1000", ocmwId, Today);

        Assert.False(verdict.Allowed);
        Assert.Equal(ResidenceCodes.NoOcmwInForce, verdict.Code);
        Assert.Null(verdict.OcmwId);
        Assert.StartsWith("Voor deze postcode is er geen OCMW met een geldend protocol. Doorverwijzen via deze toepassing kan niet", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ServingProtocolNotYetInForce_RefusedWithItsStartDate()
    {
        var coming = Tessenderlo with { InForceFrom = new DateOnly(2027, 1, 1) };

        var verdict = Rule(Kluisbergen, coming).Check("3980", "tessenderlo-ham", Today);

        Assert.Equal((false, ResidenceCodes.NoOcmwInForce), (verdict.Allowed, verdict.Code));
        Assert.StartsWith("Het protocol met OCMW Tessenderlo-Ham, het OCMW van deze postcode, is nog niet van kracht (pas vanaf 1 januari 2027).", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ServingProtocolEnded_RefusedWithItsEndDate()
    {
        var ended = Tessenderlo with { EndedOn = new DateOnly(2026, 11, 30) };

        var verdict = Rule(Kluisbergen, ended).Check("3945", null, Today);

        Assert.Equal((false, ResidenceCodes.NoOcmwInForce), (verdict.Allowed, verdict.Code));
        Assert.StartsWith("Het protocol met OCMW Tessenderlo-Ham, het OCMW van deze postcode, is beëindigd op 30 november 2026.", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PostcodeMovedFromEndedToNewProtocol_FollowsTheOneInForce()
    {
        var ended = Tessenderlo with { EndedOn = new DateOnly(2026, 6, 30) };
        var successor = Kluisbergen with { Id = "ham", Name = "OCMW Ham", PostalCodes = ["3945"], InForceFrom = new DateOnly(2026, 7, 1) };

        var rule = Rule(Kluisbergen, ended, successor);
        var toSuccessor = rule.Check("3945", "ham", Today);
        var toEnded = rule.Check("3945", "tessenderlo-ham", Today);

        Assert.Equal((true, "ham"), (toSuccessor.Allowed, toSuccessor.OcmwId));
        Assert.Equal((false, ResidenceCodes.NotServedByChosen, "ham"), (toEnded.Allowed, toEnded.Code, toEnded.OcmwId));
    }

    [Fact]
    public void Check_Messages_NeverRepeatThePostcode()
    {
        var rule = Rule(Kluisbergen, Tessenderlo with { EndedOn = new DateOnly(2026, 11, 30) });

        foreach (var (postcode, ocmw) in new[] { ("9690", "kluisbergen"), ("3980", "kluisbergen"), ("3945", null), ("1000", null) })
        {
            Assert.DoesNotContain(postcode, rule.Check(postcode, ocmw, Today).Message, StringComparison.Ordinal);
        }
    }
}
