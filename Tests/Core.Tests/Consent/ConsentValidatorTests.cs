using OutlookReferralAddin.Core.Consent;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Consent;

public class ConsentValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static ConsentInput Valid() => new(true, true, "mondeling", Today);

    [Theory]
    [InlineData("mondeling", ConsentMethod.Mondeling)]
    [InlineData("Schriftelijk", ConsentMethod.Schriftelijk)]
    [InlineData(" MONDELING ", ConsentMethod.Mondeling)]
    public void Validate_ValidConsent_ReturnsFactsWithCurrentVersion(string method, ConsentMethod expected)
    {
        var result = ConsentValidator.Validate(Valid() with { Method = method }, Today);

        Assert.True(result.IsValid);
        Assert.Equal(new ConsentFacts(expected, Today, ConsentStatements.CurrentVersion), result.Value);
    }

    [Fact]
    public void Validate_Null_IsRequiredAtConsent()
    {
        var error = Assert.Single(ConsentValidator.Validate(null, Today).Errors);

        Assert.Equal((FieldPaths.Consent, ErrorCodes.Required), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(false, true, FieldPaths.ConsentInformed, ErrorCodes.ConsentNotInformed)]
    [InlineData(null, true, FieldPaths.ConsentInformed, ErrorCodes.ConsentNotInformed)]
    [InlineData(true, false, FieldPaths.ConsentGiven, ErrorCodes.ConsentNotGiven)]
    [InlineData(true, null, FieldPaths.ConsentGiven, ErrorCodes.ConsentNotGiven)]
    public void Validate_StatementNotConfirmed_IsRejected(bool? informed, bool? given, string field, string code)
    {
        var result = ConsentValidator.Validate(Valid() with { Informed = informed, Given = given }, Today);

        var error = Assert.Single(result.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData(null, ErrorCodes.Required)]
    [InlineData("  ", ErrorCodes.Required)]
    [InlineData("telefonisch", ErrorCodes.InvalidConsentMethod)]
    [InlineData("mondeling;schriftelijk", ErrorCodes.InvalidConsentMethod)]
    public void Validate_BadMethod_IsRejected(string? method, string code)
    {
        var error = Assert.Single(ConsentValidator.Validate(Valid() with { Method = method }, Today).Errors);

        Assert.Equal((FieldPaths.ConsentMethod, code), (error.Field, error.Code));
        if (method is { Length: > 3 })
        {
            Assert.DoesNotContain(method, error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(-365, null)]
    [InlineData(1, ErrorCodes.ConsentDateInFuture)]
    [InlineData(-366, ErrorCodes.ConsentDateTooOld)]
    [InlineData(-20_000, ErrorCodes.ConsentDateTooOld)]
    public void Validate_Date_NotInFutureNorOverAYearOld(int offsetDays, string? code)
    {
        var result = ConsentValidator.Validate(Valid() with { Date = Today.AddDays(offsetDays) }, Today);

        if (code is null)
        {
            Assert.True(result.IsValid);
            return;
        }

        var error = Assert.Single(result.Errors);
        Assert.Equal((FieldPaths.ConsentDate, code), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_MissingDate_IsRequired()
    {
        var error = Assert.Single(ConsentValidator.Validate(Valid() with { Date = null }, Today).Errors);

        Assert.Equal((FieldPaths.ConsentDate, ErrorCodes.Required), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_KnownStatementVersion_IsRecorded()
    {
        var version = ConsentStatements.Versions[0];

        var result = ConsentValidator.Validate(Valid() with { StatementVersion = version }, Today);

        Assert.Equal(version, result.Value!.StatementVersion);
    }

    [Fact]
    public void Validate_UnknownStatementVersion_IsRejected()
    {
        var error = Assert.Single(ConsentValidator.Validate(Valid() with { StatementVersion = "1999-01-v9" }, Today).Errors);

        Assert.Equal((FieldPaths.ConsentStatementVersion, ErrorCodes.UnknownStatementVersion), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEachField()
    {
        var result = ConsentValidator.Validate(new ConsentInput(false, false, "x", Today.AddDays(3)), Today);

        Assert.Equal(
            [FieldPaths.ConsentInformed, FieldPaths.ConsentGiven, FieldPaths.ConsentMethod, FieldPaths.ConsentDate],
            result.Errors.Select(e => e.Field));
    }
}
