using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

public class RecipientPolicyTests
{
    private const string Kluisbergen = "socialedienst@kluisbergen.be";
    private const string Tessenderlo = "socialedienst@tessenderlo-ham.be";
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static RecipientPolicy CreateSut(Func<OcmwProtocol, OcmwProtocol>? change = null) =>
        new(DirectorySeed.Protocols.Select(change ?? (p => p)));

    [Theory]
    [InlineData("socialedienst@kluisbergen.be")]
    [InlineData("SocialeDienst@KLUISBERGEN.be")]
    [InlineData("  socialedienst@kluisbergen.be\n")]
    public void Check_AgreedMailboxInAnyCase_MailboxIsTheDirectorysSpelling(string typed)
    {
        var result = CreateSut().Check(typed, new RecipientCheckOptions(Today, RecipientContext.Referral, "kluisbergen", "9690"));

        Assert.Equal((Verdict.Allowed, Kluisbergen), (result.Verdict, result.Mailbox));
        Assert.Equal(typed, result.Address);
    }

    [Theory]
    [InlineData("\"Zoë Vandersmissen 0470 98 76 54\" <socialedienst@kluisbergen.be>")]
    [InlineData("<socialedienst@kluisbergen.be>")]
    [InlineData("mailto:socialedienst@kluisbergen.be")]
    [InlineData("socialedienst@kluisbergen.be.")]
    public void Check_WrappedAgreedMailboxForReferral_IsBlockedNotBare(string typed)
    {
        var result = CreateSut().Check(typed, new RecipientCheckOptions(Today, RecipientContext.Referral, "kluisbergen"));

        Assert.Equal((Verdict.Blocked, RecipientCodes.NotBareAddress), (result.Verdict, result.Code));
        Assert.Null(result.Mailbox);
        Assert.DoesNotContain("Vandersmissen", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DisplayNameInMailContext_IsAllowedAndReportsTheBareAddress()
    {
        var result = CreateSut().Check("\"Sociale Dienst\" <SocialeDienst@Kluisbergen.be>", new RecipientCheckOptions(Today, RecipientContext.Mail));

        Assert.Equal((Verdict.Allowed, RecipientCodes.Allowed), (result.Verdict, result.Code));
        Assert.Equal((Kluisbergen, Kluisbergen), (result.BareAddress, result.Mailbox));
    }

    [Fact]
    public void Check_Lookalike_HasNoMailbox()
    {
        var result = CreateSut().Check("socialedienst@kluisbergen.he", new RecipientCheckOptions(Today, RecipientContext.Mail));

        Assert.Equal(("socialedienst@kluisbergen.he", null), (result.BareAddress, result.Mailbox));
    }

    [Fact]
    public void Check_BeforeInForceDate_IsBlockedNotInForce()
    {
        var result = CreateSut().Check(Tessenderlo, new RecipientCheckOptions(new DateOnly(2026, 1, 31)));

        Assert.Equal((Verdict.Blocked, RecipientCodes.ProtocolNotInForce), (result.Verdict, result.Code));
        Assert.Contains("1 februari 2026", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnInForceDate_IsAllowed()
    {
        var result = CreateSut().Check(Tessenderlo, new RecipientCheckOptions(new DateOnly(2026, 2, 1)));

        Assert.Equal((Verdict.Allowed, RecipientCodes.Allowed), (result.Verdict, result.Code));
    }

    [Fact]
    public void Check_ProtocolEnded_IsBlockedFromTheEndDate()
    {
        var sut = CreateSut(p => p.Id == "kluisbergen" ? p with { EndedOn = new DateOnly(2026, 6, 30) } : p);

        var dayBefore = sut.Check(Kluisbergen, new RecipientCheckOptions(new DateOnly(2026, 6, 29)));
        var endDate = sut.Check(Kluisbergen, new RecipientCheckOptions(new DateOnly(2026, 6, 30)));

        Assert.Equal(RecipientCodes.Allowed, dayBefore.Code);
        Assert.Equal((Verdict.Blocked, RecipientCodes.ProtocolEnded), (endDate.Verdict, endDate.Code));
        Assert.Contains("30 juni 2026", endDate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProtocolNotInForceInMailContext_IsOnlyAWarning()
    {
        var result = CreateSut().Check(Tessenderlo, new RecipientCheckOptions(new DateOnly(2025, 5, 1), RecipientContext.Mail));

        Assert.Equal((Verdict.Warning, RecipientCodes.ProtocolNotInForce), (result.Verdict, result.Code));
    }

    [Fact]
    public void Check_LookalikeOfEndedProtocol_IsStillALookalike()
    {
        var sut = CreateSut(p => p with { EndedOn = new DateOnly(2025, 1, 1) });

        var result = sut.Check("socialedienst@kluisberqen.be", new RecipientCheckOptions(Today));

        Assert.Equal(RecipientCodes.LookalikeDomain, result.Code);
    }

    [Fact]
    public void Check_WrongOcmwBeatsPostcodeWarning()
    {
        var result = CreateSut().Check(Kluisbergen, new RecipientCheckOptions(Today, OcmwId: "tessenderlo-ham", PostalCode: "9000"));

        Assert.Equal(RecipientCodes.WrongOcmw, result.Code);
    }

    [Fact]
    public void Check_SameMailboxInTwoProtocols_UsesTheChosenOne()
    {
        var second = DirectorySeed.Protocols[0] with { Id = "kluisbergen-2", PostalCodes = ["9999"], EndedOn = new DateOnly(2025, 1, 1) };
        var sut = new RecipientPolicy([.. DirectorySeed.Protocols, second]);

        var chosenEnded = sut.Check(Kluisbergen, new RecipientCheckOptions(Today, OcmwId: "kluisbergen-2"));
        var unchosen = sut.Check(Kluisbergen, new RecipientCheckOptions(Today));

        Assert.Equal(RecipientCodes.ProtocolEnded, chosenEnded.Code);
        Assert.Equal(RecipientCodes.Allowed, unchosen.Code);
    }

    [Fact]
    public void Check_SuggestionIsNamedInTheMessage()
    {
        var result = CreateSut().Check("socialedienst@kluisbergen.he", new RecipientCheckOptions(Today));

        Assert.Equal(Kluisbergen, result.Suggestion);
        Assert.EndsWith($"Bedoelde u {Kluisbergen}?", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("an.peeters@example.be")]
    [InlineData("socialedienst@kluisbergen.he")]
    [InlineData("\"an.peeters@example.be\" <socialedienst@kluisbergen.be>")]
    public void Check_Message_NeverRepeatsTheTypedAddress(string recipient)
    {
        var result = CreateSut().Check(recipient, new RecipientCheckOptions(Today));

        Assert.DoesNotContain(recipient, result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("peeters", result.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Check_TenThousandCharacters_IsInvalidNotAnException()
    {
        var huge = new string('a', 10_000) + "@kluisbergen.be";

        var result = CreateSut().Check(huge, new RecipientCheckOptions(Today));

        Assert.Equal((Verdict.Blocked, RecipientCodes.InvalidAddress), (result.Verdict, result.Code));
    }

    [Fact]
    public void Check_NullRecipient_IsInvalid()
    {
        var result = CreateSut().Check(null!, new RecipientCheckOptions(Today));

        Assert.Equal((RecipientCodes.InvalidAddress, string.Empty), (result.Code, result.Address));
    }

    [Fact]
    public void Check_ArbitraryCharacterSoup_NeverThrows()
    {
        // Fixed seed: reproducible; every string is checked in both contexts and must get some verdict.
        var random = new Random(20261124);
        const string alphabet = "socialedienstkluisbergn.-+@<>\"' \t\u043e\u0430\u03bf\uff4b\u200b\u0000:;,()[]\\xn--1I0|";
        var sut = CreateSut();
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var input = new string(chars);
            foreach (var context in new[] { RecipientContext.Referral, RecipientContext.Mail })
            {
                var result = sut.Check(input, new RecipientCheckOptions(Today, context));
                Assert.False(string.IsNullOrEmpty(result.Code));
            }
        }
    }

    [Fact]
    public void CheckAll_ReturnsOneVerdictPerInputInOrder()
    {
        string[] inputs = [Kluisbergen, "jan@gmail.com", "", Kluisbergen, "socia1edienst@kluisbergen.be"];

        var results = CreateSut().CheckAll(inputs, new RecipientCheckOptions(Today));

        Assert.Equal(inputs, results.Select(r => r.Address));
        Assert.Equal(
            [RecipientCodes.Allowed, RecipientCodes.NotInDirectory, RecipientCodes.InvalidAddress, RecipientCodes.Allowed, RecipientCodes.ConfusableCharacters],
            results.Select(r => r.Code));
    }

    [Fact]
    public void Constructor_EmptyDirectory_BlocksEverythingForReferrals()
    {
        var sut = new RecipientPolicy([]);

        Assert.Equal(RecipientCodes.NotInDirectory, sut.Check(Kluisbergen, new RecipientCheckOptions(Today)).Code);
        Assert.Equal(RecipientCodes.Unrelated, sut.Check(Kluisbergen, new RecipientCheckOptions(Today, RecipientContext.Mail)).Code);
    }

    [Fact]
    public void Constructor_NewProtocol_IsRecognisedIncludingItsLookalikes()
    {
        var gent = DirectorySeed.Protocols[0] with { Id = "gent", Name = "OCMW Gent", Mailboxes = ["sociaal.huis@stad.gent"], Domains = ["stad.gent"], PostalCodes = ["9000"] };
        var sut = new RecipientPolicy([.. DirectorySeed.Protocols, gent]);

        Assert.Equal(RecipientCodes.Allowed, sut.Check("Sociaal.Huis@Stad.Gent", new RecipientCheckOptions(Today, OcmwId: "gent", PostalCode: "9000")).Code);
        Assert.Equal(RecipientCodes.WrongTld, sut.Check("sociaal.huis@stad.be", new RecipientCheckOptions(Today)).Code);
        Assert.Equal(RecipientCodes.LookalikeMailbox, sut.Check("sociaal-huis@stad.gent", new RecipientCheckOptions(Today)).Code);
    }
}
