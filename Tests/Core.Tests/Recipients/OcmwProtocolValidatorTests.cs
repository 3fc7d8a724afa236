using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Recipients;

public class OcmwProtocolValidatorTests
{
    private static OcmwProtocol Valid => DirectorySeed.Protocols[0];

    private static void AssertSingleError(OcmwProtocol candidate, string field, string code)
    {
        var errors = OcmwProtocolValidator.Validate(candidate);

        var error = Assert.Single(errors);
        Assert.Equal((field, code), (error.Field, error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Validate_SeededProtocols_HaveNoErrors()
    {
        Assert.All(DirectorySeed.Protocols, p => Assert.Empty(OcmwProtocolValidator.Validate(p)));
    }

    [Theory]
    [InlineData("Kluisbergen")]
    [InlineData("kluis bergen")]
    [InlineData("-kluisbergen")]
    [InlineData("kluisbergen-")]
    [InlineData("tessenderlo--ham")]
    [InlineData("kluisbergen_2")]
    public void Validate_BadSlug_IsInvalidSlug(string id)
    {
        AssertSingleError(Valid with { Id = id }, "id", "invalid_slug");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("address")]
    [InlineData("referringTeam")]
    public void Validate_MissingText_IsRequired(string field)
    {
        var candidate = field switch
        {
            "name" => Valid with { Name = " " },
            "address" => Valid with { Address = "" },
            _ => Valid with { ReferringTeam = null! },
        };

        AssertSingleError(candidate, field, "required");
    }

    [Theory]
    [InlineData("0212.334.484", "invalid_kbo_check_digits")]
    [InlineData("0212334438", "invalid_kbo_check_digits")]
    [InlineData("212.334.483", "invalid_kbo_format")]
    [InlineData("BE 0212.334.483", "invalid_kbo_format")]
    [InlineData("", "required")]
    public void Validate_BadKbo_IsReported(string kbo, string code)
    {
        AssertSingleError(Valid with { KboNumber = kbo }, "kboNumber", code);
    }

    [Fact]
    public void Validate_KboAsTenDigits_IsAccepted()
    {
        Assert.Empty(OcmwProtocolValidator.Validate(Valid with { KboNumber = "0212334483" }));
    }

    [Fact]
    public void Validate_MailboxOutsideDomains_IsReportedAtItsIndex()
    {
        AssertSingleError(Valid with { Mailboxes = ["socialedienst@kluisbergen.be", "ocmw@gmail.com"] }, "mailboxes[1]", "mailbox_outside_domains");
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("\"Sociale dienst\" <socialedienst@kluisbergen.be>")]
    [InlineData("mailto:socialedienst@kluisbergen.be")]
    [InlineData("socialedienst@@kluisbergen.be")]
    public void Validate_MailboxNotABareAddress_IsInvalidEmail(string mailbox)
    {
        AssertSingleError(Valid with { Mailboxes = [mailbox] }, "mailboxes[0]", "invalid_email");
    }

    [Fact]
    public void Validate_DuplicateMailboxIgnoringCase_IsDuplicate()
    {
        AssertSingleError(Valid with { Mailboxes = ["socialedienst@kluisbergen.be", "SocialeDienst@Kluisbergen.be"] }, "mailboxes[1]", "duplicate");
    }

    [Fact]
    public void Validate_NoMailboxes_IsRequired()
    {
        AssertSingleError(Valid with { Mailboxes = [] }, "mailboxes", "required");
    }

    [Theory]
    [InlineData("kluisbergen")]
    [InlineData("kluis bergen.be")]
    [InlineData("-kluisbergen.be")]
    [InlineData("kluisbergen..be")]
    public void Validate_BadDomain_IsInvalidDomain(string domain)
    {
        var errors = OcmwProtocolValidator.Validate(Valid with { Domains = [domain] });

        Assert.Contains(errors, e => e is { Field: "domains[0]", Code: "invalid_domain" });
    }

    [Fact]
    public void Validate_InternationalisedDomain_IsAccepted()
    {
        var candidate = Valid with { Domains = ["m\u00fcnster.be"], Mailboxes = ["ocmw@xn--mnster-3ya.be"] };

        Assert.Empty(OcmwProtocolValidator.Validate(candidate));
    }

    [Theory]
    [InlineData("969", "invalid_postcode")]
    [InlineData("0969", "invalid_postcode")]
    [InlineData("96900", "invalid_postcode")]
    [InlineData("96a0", "invalid_postcode")]
    [InlineData("9690", "duplicate")]
    public void Validate_BadSecondPostcode_IsReportedAtItsIndex(string postcode, string code)
    {
        AssertSingleError(Valid with { PostalCodes = ["9690", postcode] }, "postalCodes[1]", code);
    }

    [Fact]
    public void Validate_InForceBeforeSigning_IsAllowed()
    {
        Assert.Empty(OcmwProtocolValidator.Validate(DirectorySeed.Protocols[1]));
        Assert.True(DirectorySeed.Protocols[1].InForceFrom < DirectorySeed.Protocols[1].SignedOn);
    }

    [Fact]
    public void Validate_EndedBeforeInForce_IsReported()
    {
        AssertSingleError(Valid with { EndedOn = new DateOnly(2023, 12, 31) }, "endedOn", "ended_before_in_force");
    }

    [Fact]
    public void Validate_EndedOnInForceDate_IsAccepted()
    {
        Assert.Empty(OcmwProtocolValidator.Validate(Valid with { EndedOn = Valid.InForceFrom }));
    }

    [Fact]
    public void Validate_MissingDates_AreRequired()
    {
        var errors = OcmwProtocolValidator.Validate(Valid with { SignedOn = default, InForceFrom = default });

        Assert.Equal(["signedOn", "inForceFrom"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("required", e.Code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    [InlineData(-3)]
    public void Validate_NoticeOutOfRange_IsReported(int months)
    {
        AssertSingleError(Valid with { NoticeMonths = months }, "noticeMonths", "out_of_range");
    }

    [Fact]
    public void Validate_BadDpoEmail_IsReportedAtTheNestedField()
    {
        AssertSingleError(Valid with { OcmwDpo = new DpoContact("OCMW Kluisbergen", "privacy-at-kluisbergen.be") }, "ocmwDpo.email", "invalid_email");
    }

    /// <summary>An empty DPO e-mail is a field to fill in, not a wrong address: the message says what to do.</summary>
    [Fact]
    public void Validate_EmptyDpoEmail_IsRequiredNotInvalid()
    {
        var errors = OcmwProtocolValidator.Validate(Valid with { OcmwDpo = new DpoContact("OCMW Kluisbergen", " ") });

        var error = Assert.Single(errors);
        Assert.Equal(("ocmwDpo.email", "required", "Vul het e-mailadres van de DPO in."), (error.Field, error.Code, error.Message));
    }

    [Fact]
    public void Validate_ManyProblems_AreAllReported()
    {
        var candidate = Valid with { Id = "", KboNumber = "123", Mailboxes = ["x@y.be"], PostalCodes = ["1"], NoticeMonths = 0 };

        var errors = OcmwProtocolValidator.Validate(candidate);

        Assert.Equal(
            ["id", "kboNumber", "mailboxes[0]", "postalCodes[0]", "noticeMonths"],
            errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.DoesNotContain("x@y.be", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void FieldError_IsTheSharedValidationType()
    {
        IReadOnlyList<FieldError> errors = OcmwProtocolValidator.Validate(Valid with { Name = "" });

        Assert.Equal("name", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("socialServicePhone", "055 38 94")]
    [InlineData("socialServicePhone", "bel ons")]
    [InlineData("teamPhone", "+32 12")]
    [InlineData("teamMailbox", "Team <team@kindengezin.be>")]
    [InlineData("teamMailbox", "team.kindengezin.be")]
    public void Validate_BadContactPoint_IsReported(string field, string value)
    {
        var contacts = field switch
        {
            "socialServicePhone" => Valid.Contacts! with { SocialServicePhone = value },
            "teamPhone" => Valid.Contacts! with { TeamPhone = value },
            _ => Valid.Contacts! with { TeamMailbox = value },
        };

        AssertSingleError(Valid with { Contacts = contacts }, field, field == "teamMailbox" ? "invalid_email" : ErrorCodes.InvalidPhone);
    }

    [Fact]
    public void Validate_NoContactPoints_HasNoErrors()
    {
        Assert.Empty(OcmwProtocolValidator.Validate(Valid with { Contacts = null }));
        Assert.Empty(OcmwProtocolValidator.Validate(Valid with { Contacts = ContactPoints.None }));
    }
}
