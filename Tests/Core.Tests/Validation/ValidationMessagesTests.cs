using System.Reflection;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Validation;

public class ValidationMessagesTests
{
    public static TheoryData<string> Codes() => [.. ErrorCodes.All];

    public static TheoryData<string> Fields() =>
        [.. typeof(FieldPaths).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void For_EveryCode_HasItsOwnDutchMessage(string code)
    {
        var message = ValidationMessages.For(FieldPaths.GivenName, code, 100);

        Assert.NotEqual(ValidationMessages.For(FieldPaths.GivenName, "unknown_code"), message);
        Assert.DoesNotContain("{", message, StringComparison.Ordinal);
        Assert.EndsWith(".", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void For_EveryFieldPath_HasALabel(string field)
    {
        Assert.DoesNotContain("Dit veld", ValidationMessages.For(field, ErrorCodes.Required), StringComparison.Ordinal);
    }

    [Fact]
    public void All_CodesAreUniqueSnakeCase()
    {
        Assert.Equal(ErrorCodes.All.Count, ErrorCodes.All.Distinct().Count());
        Assert.All(ErrorCodes.All, c => Assert.Matches("^[a-z]+(_[a-z]+)*$", c));
        var declared = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral);
        Assert.Equal(declared.Count(), ErrorCodes.All.Count);
    }

    [Fact]
    public void Error_BuildsFieldErrorWithMessage()
    {
        var error = ValidationMessages.Error(FieldPaths.PostalCode, ErrorCodes.InvalidPostalCode);

        Assert.Equal(FieldPaths.PostalCode, error.Field);
        Assert.Equal(ErrorCodes.InvalidPostalCode, error.Code);
        Assert.StartsWith("De postcode ", error.Message, StringComparison.Ordinal);
    }
}
