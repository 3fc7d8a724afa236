using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class ClientValidatorTests
{
    [Fact]
    public void Validate_ValidInput_ReturnsNormalisedClient()
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { GivenName = "  An   Sofie ", Email = "an.peeters@EXAMPLE.be" });

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        var client = result.Value!;
        Assert.Equal("An Sofie", client.GivenName);
        Assert.Equal("Peeters", client.FamilyName);
        Assert.Equal(new Address("Stationsstraat", "12", null, "9690", "Kluisbergen"), client.Address);
        Assert.Equal("BE", client.Address.Country);
        Assert.Equal("+32470123456", client.Phone);
        Assert.Equal("an.peeters@example.be", client.Email);
    }

    [Fact]
    public void Validate_NullClient_IsRequiredAtClient()
    {
        var result = ClientValidator.Validate(null);

        var error = Assert.Single(result.Errors);
        Assert.Equal((FieldPaths.Client, ErrorCodes.Required), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_EmptyClient_ReportsEveryRequiredFieldAtItsPath()
    {
        var result = ClientValidator.Validate(new ClientInput(null, " ", null, null, ""));

        var fields = result.Errors.Select(e => (e.Field, e.Code)).ToHashSet();
        Assert.Equal(
            new HashSet<(string, string)>
            {
                (FieldPaths.GivenName, ErrorCodes.Required),
                (FieldPaths.FamilyName, ErrorCodes.Required),
                (FieldPaths.Street, ErrorCodes.Required),
                (FieldPaths.HouseNumber, ErrorCodes.Required),
                (FieldPaths.PostalCode, ErrorCodes.Required),
                (FieldPaths.Municipality, ErrorCodes.Required),
                (FieldPaths.Client, ErrorCodes.ContactRequired),
            },
            fields);
    }

    [Theory]
    [InlineData("0470 12 34 56", null)]
    [InlineData(null, "an@example.be")]
    public void Validate_OneContactChannel_IsEnough(string? phone, string? email)
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Phone = phone, Email = email });

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_NoPhoneNorEmail_IsContactRequiredAtClient()
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Phone = "  ", Email = null });

        ClientInputs.AssertSingleError(result, FieldPaths.Client, ErrorCodes.ContactRequired, null);
    }

    [Fact]
    public void Validate_InvalidPhoneWithoutEmail_ReportsThePhoneNotContactRequired()
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Phone = "12345", Email = null });

        ClientInputs.AssertSingleError(result, FieldPaths.Phone, ErrorCodes.InvalidPhone, "12345");
    }

    [Fact]
    public void Validate_ManyHostileFields_NoMessageEchoesAnyValue()
    {
        var input = new ClientInput(
            "<script>alert(1)</script>",
            "Pee\u202Eters",
            new AddressInput("=HYPERLINK(\"x\")", "abc", "###", "ABCD", new string('x', 10_000)),
            "bel me maar",
            "Jan Janssens <jan@example.be>");

        var result = ClientValidator.Validate(input);

        Assert.Equal(9, result.Errors.Count);
        foreach (var typed in new[] { "<script>", "Pee", "HYPERLINK", "abc", "###", "ABCD", "xxxxxxxx", "bel me", "Janssens", "jan@example.be" })
        {
            ClientInputs.AssertNoEcho(result.Errors, typed);
        }
    }
}
