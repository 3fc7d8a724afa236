using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.EntryChecks;

namespace OutlookReferralAddin.Core.Tests.Recipients.EntryChecks;

public class OcmwEntryChecksTests
{
    private static readonly OcmwProtocol Kluisbergen = DirectorySeed.Protocols[0];
    private static readonly OcmwProtocol TessenderloHam = DirectorySeed.Protocols[1];

    private static OcmwProtocol New(string domain, string name = "OCMW Oudenaarde") => Kluisbergen with
    {
        Id = "nieuw",
        Name = name,
        KboNumber = "0123.456.749",
        Domains = [domain],
        Mailboxes = ["socialedienst@" + domain],
        PostalCodes = ["9700"],

        // Its own DPO: Kluisbergen's DPO is Kluisbergen's agreed mailbox, which no other entry may name.
        OcmwDpo = new DpoContact(name, "privacy@oudenaarde.be"),
    };

    private static string[] Codes(EntryCheckResult result) => [.. result.Errors.Select(e => $"{e.Field}:{e.Code}")];

    [Fact]
    public void Check_SeededProtocolsAgainstEachOther_HaveNoErrorsOrWarnings()
    {
        var result = OcmwEntryChecks.Check(Kluisbergen, DirectorySeed.Protocols);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Check_KluisbergemBesideKluisbergen_IsLookalikeNamingKluisbergen()
    {
        var result = OcmwEntryChecks.Check(New("kluisbergem.be", "OCMW Kluis"), DirectorySeed.Protocols);

        var error = Assert.Single(result.Errors, e => e.Field == "mailboxes[0]");
        Assert.Equal("lookalike_of_other_ocmw", error.Code);
        Assert.Contains("OCMW Kluisbergen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TessenderloHarnWithoutTheRealEntry_WarnsThatTheMunicipalityIsMissing()
    {
        var result = OcmwEntryChecks.Check(New("tessenderlo-harn.be", "OCMW Tessenderlo-Ham"), [Kluisbergen]);

        Assert.Empty(result.Errors);
        Assert.Equal(("domains[0]", "domain_lacks_municipality"), (result.Warnings[0].Field, result.Warnings[0].Code));
    }

    [Fact]
    public void Check_UnchangedApprovedDomain_IsNotWarnedAgain()
    {
        var approved = New("ocmw-regio.org");

        var result = OcmwEntryChecks.Check(approved with { ReferringTeam = "Ander team" }, [approved, TessenderloHam]);

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Check_SameKboAndPostcode_NameTheOtherOcmw()
    {
        var candidate = New("oudenaarde.be") with { KboNumber = "0216.772.234", PostalCodes = ["3945"] };

        var result = OcmwEntryChecks.Check(candidate, DirectorySeed.Protocols);

        Assert.Equal(["kboNumber:kbo_of_other_ocmw", "postalCodes[0]:postcode_in_other_protocol"], Codes(result));
        Assert.All(result.Errors, e => Assert.Contains("OCMW Tessenderlo-Ham", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_HeuvellandHe_IsUnknownTldAtDomainAndMailbox()
    {
        var result = OcmwEntryChecks.Check(New("heuvelland.he", "OCMW Heuvelland"), DirectorySeed.Protocols);

        Assert.Equal(["domains[0]:unknown_tld", "mailboxes[0]:unknown_tld"], Codes(result));
    }

    [Fact]
    public void Check_DpoOnWebmailOrLookalike_IsRefusedAtTheField()
    {
        var candidate = New("oudenaarde.be") with
        {
            OpgroeienDpo = new DpoContact("Opgroeien", "dpo@opgroeiien.be"),
            OcmwDpo = new DpoContact("OCMW", "attacker@gmail.com"),
        };

        var result = OcmwEntryChecks.Check(candidate, DirectorySeed.Protocols);

        Assert.Equal(["opgroeienDpo.email:lookalike_of_other_dpo", "ocmwDpo.email:public_mail_provider"], Codes(result).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Check_SameDpoAsOtherEntries_IsAllowed()
    {
        var result = OcmwEntryChecks.Check(New("oudenaarde.be"), DirectorySeed.Protocols);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Check_UnchangedDpoAndTextThatFailNewerChecks_AreNotReportedAgain()
    {
        var legacy = Kluisbergen with { ReferringTeam = "Team\r\nBel mij", OcmwDpo = new DpoContact("X", "oud@gmail.com") };

        var result = OcmwEntryChecks.Check(legacy with { NoticeMonths = 6 }, [legacy, TessenderloHam]);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Check_ChangedTeamWithLineBreak_IsControlCharacters()
    {
        var result = OcmwEntryChecks.Check(Kluisbergen with { ReferringTeam = "Team\r\nBel mij" }, DirectorySeed.Protocols);

        Assert.Equal(["referringTeam:control_characters"], Codes(result));
    }
}
