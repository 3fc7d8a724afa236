using OutlookReferralAddin.AddinHost.Consent;

namespace OutlookReferralAddin.AddinHost.Tests.Consent;

public sealed class ConsentCsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+32470", "'+32470")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("a;=cmd|' /C calc'!A0", "\"a;'=cmd|' /C calc'!A0\"")]
    [InlineData("a,+1", "\"a,'+1\"")]
    [InlineData("a\t-1", "\"a\t'-1\"")]
    [InlineData("a\n@SUM(A1)", "\"a\n'@SUM(A1)\"")]
    [InlineData("a\r\n=1", "\"a\r\n'=1\"")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("a-b=c", "a-b=c")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("R-2026-000001", "R-2026-000001")]
    [InlineData("", "")]
    public void Cell_Value_IsQuotedAndDefused(string value, string expected) =>
        Assert.Equal(expected, ConsentCsv.Cell(value));
}
