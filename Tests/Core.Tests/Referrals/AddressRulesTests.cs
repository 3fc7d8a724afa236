using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class AddressRulesTests
{
    [Theory]
    [InlineData("Stationsstraat", "Stationsstraat")]
    [InlineData("Sint-Pietersnieuwstraat", "Sint-Pietersnieuwstraat")]
    [InlineData("Rue de l'Église", "Rue de l'Église")]
    [InlineData("O.-L.-Vrouwstraat", "O.-L.-Vrouwstraat")]
    [InlineData("Steenweg op Gent (N60)", "Steenweg op Gent (N60)")]
    [InlineData("Koning Albert I-laan", "Koning Albert I-laan")]
    [InlineData("11 Novemberlaan", "11 Novemberlaan")]
    [InlineData("  Markt  ", "Markt")]
    [InlineData("'s-Herenelderenstraat", "'s-Herenelderenstraat")]
    [InlineData("Rue de l\u2019\u00C9glise", "Rue de l'Église")]
    [InlineData("Koning Albert I\u2013laan", "Koning Albert I-laan")]
    public void Validate_GoodStreet_IsAccepted(string typed, string expected)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { Street = typed }));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Equal(expected, result.Value!.Address.Street);
    }

    [Theory]
    [InlineData("<img src=x>", ErrorCodes.InvalidCharacters)]
    [InlineData("=cmd|'/c calc'!A1", ErrorCodes.InvalidCharacters)]
    [InlineData("1234", ErrorCodes.InvalidCharacters)]
    [InlineData("Markt;DROP", ErrorCodes.InvalidCharacters)]
    [InlineData("Stations\u202Estraat", ErrorCodes.ControlCharacters)]
    [InlineData("St\u0430tionsstraat", ErrorCodes.MixedScripts)]
    [InlineData("'-straat", ErrorCodes.InvalidCharacters)]
    public void Validate_BadStreet_IsRejected(string typed, string code)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { Street = typed }));

        ClientInputs.AssertSingleError(result, FieldPaths.Street, code, typed);
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData("12A", "12A")]
    [InlineData("12 a", "12 a")]
    [InlineData("12-14", "12-14")]
    [InlineData("12/1", "12/1")]
    [InlineData("12 bis", "12 bis")]
    [InlineData(" 7 ", "7")]
    public void Validate_GoodHouseNumber_IsAccepted(string typed, string expected)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { HouseNumber = typed }));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Value!.Address.HouseNumber);
    }

    [Theory]
    [InlineData("A12", ErrorCodes.InvalidHouseNumber)]
    [InlineData("twaalf", ErrorCodes.InvalidHouseNumber)]
    [InlineData("123456", ErrorCodes.InvalidHouseNumber)]
    [InlineData("12<b>", ErrorCodes.InvalidHouseNumber)]
    [InlineData("١٢", ErrorCodes.InvalidHouseNumber)]
    public void Validate_BadHouseNumber_IsRejected(string typed, string code)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { HouseNumber = typed }));

        ClientInputs.AssertSingleError(result, FieldPaths.HouseNumber, code, typed);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("3", "3")]
    [InlineData("B", "B")]
    [InlineData("0.1", "0.1")]
    [InlineData("bus 3", "3")]
    [InlineData("Bus 12B", "12B")]
    [InlineData("b. 2", "2")]
    public void Validate_Box_IsOptionalAndShortened(string? typed, string? expected)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { Box = typed }));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Value!.Address.Box);
    }

    [Theory]
    [InlineData("3 rechts", ErrorCodes.InvalidBox)]
    [InlineData("<3>", ErrorCodes.InvalidBox)]
    [InlineData("bte", ErrorCodes.InvalidBox)]
    [InlineData("0123456789ABCD", ErrorCodes.TooLong)]
    public void Validate_BadBox_IsRejected(string typed, string code)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { Box = typed }));

        ClientInputs.AssertSingleError(result, FieldPaths.Box, code, typed);
    }

    [Theory]
    [InlineData("9690")]
    [InlineData(" 3980 ")]
    [InlineData("1000")]
    [InlineData("9999")]
    public void Validate_GoodPostalCode_IsAccepted(string typed)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { PostalCode = typed }));

        Assert.True(result.IsValid);
        Assert.Equal(typed.Trim(), result.Value!.Address.PostalCode);
    }

    [Theory]
    [InlineData("0999", ErrorCodes.InvalidPostalCode)]
    [InlineData("969", ErrorCodes.InvalidPostalCode)]
    [InlineData("96900", ErrorCodes.InvalidPostalCode)]
    [InlineData("96 90", ErrorCodes.InvalidPostalCode)]
    [InlineData("B-9690", ErrorCodes.InvalidPostalCode)]
    [InlineData("٩٦٩٠", ErrorCodes.InvalidPostalCode)]
    [InlineData("９６９０", ErrorCodes.InvalidPostalCode)]
    [InlineData("96\u200B90", ErrorCodes.ControlCharacters)]
    public void Validate_BadPostalCode_IsRejected(string typed, string code)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { PostalCode = typed }));

        ClientInputs.AssertSingleError(result, FieldPaths.PostalCode, code, typed);
    }

    [Theory]
    [InlineData("Sint\u2013Lambrechts\u2013Woluwe", "Sint-Lambrechts-Woluwe")]
    [InlineData("\u2019s-Gravenwezel", "'s-Gravenwezel")]
    public void Validate_TypographicMunicipality_IsNormalised(string typed, string expected)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { Municipality = typed }));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Value!.Address.Municipality);
    }

    // A joiner between two Latin letters changes nothing on screen: dropped silently, never a refusal (issue #21).
    [Theory]
    [InlineData("Kluis\u200Dbergen", "Kluisbergen")]
    [InlineData("Kluis\u200Cbergen", "Kluisbergen")]
    public void Validate_MunicipalityWithInertJoiner_IsAcceptedWithoutIt(string typed, string expected)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { Municipality = typed }));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Value!.Address.Municipality);
    }

    [Theory]
    [InlineData("Kluisbergen")]
    [InlineData("Sint-Lambrechts-Woluwe")]
    [InlineData("Ham (Kwaadmechelen)")]
    [InlineData("Tessenderlo-Ham")]
    [InlineData("'s-Gravenwezel")]
    [InlineData("'s-Herenelderen")]
    public void Validate_GoodMunicipality_IsAccepted(string typed)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { Municipality = typed }));

        Assert.True(result.IsValid);
        Assert.Equal(typed, result.Value!.Address.Municipality);
    }

    [Theory]
    [InlineData("9690", ErrorCodes.InvalidCharacters)]
    [InlineData("Kluisbergen<script>", ErrorCodes.InvalidCharacters)]
    [InlineData("'9690", ErrorCodes.InvalidCharacters)]
    [InlineData("'+Kluisbergen", ErrorCodes.InvalidCharacters)]
    public void Validate_BadMunicipality_IsRejected(string typed, string code)
    {
        var result = ClientValidator.Validate(ClientInputs.WithAddress(a => a with { Municipality = typed }));

        ClientInputs.AssertSingleError(result, FieldPaths.Municipality, code, typed);
    }

    [Fact]
    public void Validate_MissingAddress_ReportsEachRequiredPartButNotTheBox()
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Address = null });

        Assert.Equal(
            [FieldPaths.Street, FieldPaths.HouseNumber, FieldPaths.PostalCode, FieldPaths.Municipality],
            result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.Required, e.Code));
    }
}
