using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

/// <summary>Directories with short OCMW names (Ham, As): innocent domains must not be flagged as lookalikes.</summary>
public class RecipientPolicyShortDomainTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static RecipientPolicy CreateSut() =>
        new([DirectorySeed.Protocols[1] with { Id = "ham", Name = "OCMW Ham", Mailboxes = ["ocmw@ham.be"], Domains = ["ham.be"] }]);

    [Theory]
    [InlineData("jan@ham-radio.org")]
    [InlineData("jan@grahambest.com")]
    [InlineData("jan@hem.be")]
    [InlineData("jan@ham.nl")]
    public void Check_ShortOcmwNameInsideUnrelatedDomain_IsNotALookalike(string recipient)
    {
        var result = CreateSut().Check(recipient, new RecipientCheckOptions(Today, RecipientContext.Mail));

        Assert.Equal(RecipientCodes.Unrelated, result.Code);
    }

    [Theory]
    [InlineData("ocmw@h\u0430m.be", RecipientCodes.MixedScripts)]
    [InlineData("0cmw@ham.be", RecipientCodes.ConfusableCharacters)]
    [InlineData("ocmw@sub.ham.be", RecipientCodes.SubdomainOfOcmw)]
    public void Check_ShortOcmwDomain_StillCatchesConfusablesAndSubdomains(string recipient, string code)
    {
        var result = CreateSut().Check(recipient, new RecipientCheckOptions(Today));

        Assert.Equal(code, result.Code);
    }
}
