using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

public class KboNumberTests
{
    [Theory]
    [InlineData("0212.334.483", "0212334483")]
    [InlineData("0216772234", "0216772234")]
    [InlineData(" 0216.772.234 ", "0216772234")]
    [InlineData("1000.000.000", "1000000000")]
    public void Digits_WellFormed_ReturnsTenDigits(string input, string expected)
    {
        Assert.Equal(expected, KboNumber.Digits(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("212.334.483")]
    [InlineData("0212-334-483")]
    [InlineData("0212.334483")]
    [InlineData("BE0212334483")]
    [InlineData("2212.334.483")]
    [InlineData("021233448")]
    [InlineData("02123344830")]
    [InlineData("\uff10212334483")]
    public void Digits_Malformed_ReturnsNull(string input)
    {
        Assert.Null(KboNumber.Digits(input));
    }

    [Theory]
    [InlineData("0212334483", true)]
    [InlineData("0216772234", true)]
    [InlineData("0212334484", false)]
    [InlineData("0212334438", false)]
    [InlineData("0216772243", false)]
    [InlineData("0000000097", true)]
    public void HasValidCheckDigits_Mod97(string digits, bool expected)
    {
        Assert.Equal(expected, KboNumber.HasValidCheckDigits(digits));
    }
}
