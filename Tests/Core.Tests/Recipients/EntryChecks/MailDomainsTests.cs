using OutlookReferralAddin.Core.Recipients.EntryChecks;

namespace OutlookReferralAddin.Core.Tests.Recipients.EntryChecks;

public class MailDomainsTests
{
    [Theory]
    [InlineData("kluisbergen.be", true)]
    [InlineData("stad.gent", true)]
    [InlineData("example.xn--p1ai", true)]
    [InlineData("heuvelland.he", false)]
    [InlineData("kluisbergen.bee", false)]
    public void HasKnownTld_VendoredIanaList_KnowsRealTlds(string domain, bool expected)
    {
        Assert.Equal(expected, MailDomains.HasKnownTld(domain));
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("hotmail.be")]
    [InlineData("telenet.be")]
    [InlineData("skynet.be")]
    [InlineData("proximus.be")]
    [InlineData("scarlet.be")]
    [InlineData("edpnet.be")]
    [InlineData("mail.telenet.be")]
    public void IsPublicMailProvider_WebmailAndBelgianProviders_AreRecognised(string domain)
    {
        Assert.True(MailDomains.IsPublicMailProvider(domain));
    }

    [Theory]
    [InlineData("kluisbergen.be")]
    [InlineData("tessenderlo-ham.be")]
    [InlineData("opgroeien.be")]
    [InlineData("telenet.be.example.org")]
    public void IsPublicMailProvider_MunicipalDomains_AreNot(string domain)
    {
        Assert.False(MailDomains.IsPublicMailProvider(domain));
    }
}
