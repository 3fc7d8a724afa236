using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

/// <summary>The policy with verification required: only agreed mailboxes the OCMW confirmed are allowed for a referral.</summary>
public class RecipientPolicyVerificationTests
{
    private const string Kluisbergen = "socialedienst@kluisbergen.be";
    private const string Tessenderlo = "socialedienst@tessenderlo-ham.be";
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static RecipientPolicy CreateSut(params VerifiedMailbox[] verified) => new(DirectorySeed.Protocols, verified);

    [Fact]
    public void Check_UnverifiedAgreedMailbox_IsBlockedForAReferral()
    {
        var result = CreateSut(new VerifiedMailbox("tessenderlo-ham", Tessenderlo))
            .Check(Kluisbergen, new RecipientCheckOptions(Today, RecipientContext.Referral, "kluisbergen", "9690"));

        Assert.Equal((Verdict.Blocked, RecipientCodes.MailboxNotVerified), (result.Verdict, result.Code));
        Assert.Contains("OCMW Kluisbergen", result.Message, StringComparison.Ordinal);
        Assert.Contains("nog niet geverifieerd", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnverifiedAgreedMailbox_IsOnlyAWarningForAnOrdinaryMail()
    {
        var result = CreateSut().Check(Kluisbergen, new RecipientCheckOptions(Today, RecipientContext.Mail));

        Assert.Equal((Verdict.Warning, RecipientCodes.MailboxNotVerified), (result.Verdict, result.Code));
    }

    [Theory]
    [InlineData("SocialeDienst@Kluisbergen.be")]
    [InlineData("socialedienst@kluisbergen.be")]
    public void Check_VerifiedMailbox_IsAllowedWhateverItsCase(string verifiedAs)
    {
        var result = CreateSut(new VerifiedMailbox("KLUISBERGEN", verifiedAs))
            .Check(Kluisbergen, new RecipientCheckOptions(Today, RecipientContext.Referral, "kluisbergen", "9690"));

        Assert.Equal((Verdict.Allowed, RecipientCodes.Allowed), (result.Verdict, result.Code));
    }

    [Fact]
    public void Check_MailboxVerifiedForAnotherProtocol_DoesNotCount()
    {
        var result = CreateSut(new VerifiedMailbox("tessenderlo-ham", Kluisbergen))
            .Check(Kluisbergen, new RecipientCheckOptions(Today, RecipientContext.Referral, "kluisbergen"));

        Assert.Equal(RecipientCodes.MailboxNotVerified, result.Code);
    }

    [Fact]
    public void Check_EndedProtocol_ReportsTheEndBeforeVerification()
    {
        var protocols = DirectorySeed.Protocols.Select(p => p.Id == "kluisbergen" ? p with { EndedOn = new DateOnly(2026, 6, 30) } : p);

        var result = new RecipientPolicy(protocols, []).Check(Kluisbergen, new RecipientCheckOptions(Today));

        Assert.Equal(RecipientCodes.ProtocolEnded, result.Code);
    }

    [Fact]
    public void Check_NoVerificationRequired_AllowsAsBefore()
    {
        var result = new RecipientPolicy(DirectorySeed.Protocols).Check(Kluisbergen, new RecipientCheckOptions(Today));

        Assert.Equal(RecipientCodes.Allowed, result.Code);
    }
}
