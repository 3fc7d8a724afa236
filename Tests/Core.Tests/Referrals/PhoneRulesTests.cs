using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class PhoneRulesTests
{
    [Theory]
    [InlineData("0470 12 34 56", "+32470123456")]
    [InlineData("0470123456", "+32470123456")]
    [InlineData("+32 470 12 34 56", "+32470123456")]
    [InlineData("0032470123456", "+32470123456")]
    [InlineData("0032 (0)470 12.34.56", "+32470123456")]
    [InlineData("+32 (0)470/12.34.56", "+32470123456")]
    [InlineData("09 223 45 67", "+3292234567")]
    [InlineData("011 12 34 56", "+3211123456")]
    [InlineData("02/512.34.56", "+3225123456")]
    [InlineData("+31 6 12345678", "+31612345678")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    public void Validate_GoodPhone_IsNormalisedToE164(string typed, string expected)
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Phone = typed });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Equal(expected, result.Value!.Phone);
    }

    [Theory]
    [InlineData("12345", ErrorCodes.InvalidPhone)]
    [InlineData("09 123 45 67", ErrorCodes.InvalidPhone)] // 091 is not allocated: Ghent numbers are 092-094
    [InlineData("0470 99 88 7", ErrorCodes.InvalidPhone)]
    [InlineData("0470 12 34 567", ErrorCodes.InvalidPhone)]
    [InlineData("+32 000 00 00 00", ErrorCodes.InvalidPhone)]
    [InlineData("0800-FLOWERS", ErrorCodes.InvalidPhone)]
    [InlineData("0470 12 34 56 ext. 12", ErrorCodes.InvalidPhone)]
    [InlineData("bel 0470 12 34 56", ErrorCodes.InvalidPhone)]
    [InlineData("0470 99 88 77, 09 223 45 67", ErrorCodes.InvalidPhone)]
    [InlineData("tel:+32470123456", ErrorCodes.InvalidPhone)]
    [InlineData("0470\u202E123456", ErrorCodes.ControlCharacters)]
    [InlineData("0470 12 34 56 0470 12 34 56 0470", ErrorCodes.TooLong)]
    public void Validate_BadPhone_IsRejected(string typed, string code)
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Phone = typed });

        ClientInputs.AssertSingleError(result, FieldPaths.Phone, code, typed);
    }

    [Fact]
    public void Display_E164_IsReadableInternationalForm()
    {
        Assert.Equal("+32 470 12 34 56", PhoneRules.Display("+32470123456"));
    }

    [Fact]
    public async Task Check_InParallel_SharedUtilityGivesTheSameAnswers()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
        {
            var code = PhoneRules.Check(i % 2 == 0 ? "0470 12 34 56" : "12345", out var e164);
            return (i, code, e164);
        })));

        Assert.All(results, r => Assert.Equal(r.i % 2 == 0 ? "+32470123456" : string.Empty, r.e164));
    }
}
