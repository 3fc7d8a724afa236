using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Referrals;

/// <summary>Test-data builder: a valid client as typed, to vary one field at a time with <c>with</c>.</summary>
internal static class ClientInputs
{
    public static ClientInput Valid() => new(
        "An",
        "Peeters",
        new AddressInput("Stationsstraat", "12", null, "9690", "Kluisbergen"),
        "0470 12 34 56",
        "an.peeters@example.be");

    public static ClientInput WithAddress(Func<AddressInput, AddressInput> change)
    {
        var input = Valid();
        return input with { Address = change(input.Address!) };
    }

    /// <summary>Asserts exactly one error at <paramref name="field"/> with <paramref name="code"/>, not echoing the value.</summary>
    public static FieldError AssertSingleError(ValidationResult<Client> result, string field, string code, string? typed)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(code, error.Code);
        AssertNoEcho(result.Errors, typed);
        return error;
    }

    /// <summary>No message may contain what was typed: it can be personal data.</summary>
    public static void AssertNoEcho(IEnumerable<FieldError> errors, string? typed)
    {
        var trimmed = typed?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length < 3)
        {
            return;
        }

        foreach (var error in errors)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.DoesNotContain(trimmed, error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }
}
