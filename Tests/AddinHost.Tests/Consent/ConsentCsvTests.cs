using OutlookReferralAddin.AddinHost.Consent;

namespace OutlookReferralAddin.AddinHost.Tests.Consent;

public sealed class ConsentCsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+32470", "'+32470")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("R-2026-000001", "R-2026-000001")]
    [InlineData("", "")]
    public void Cell_Value_IsQuotedAndDefused(string value, string expected) =>
        Assert.Equal(expected, ConsentCsv.Cell(value));
}
