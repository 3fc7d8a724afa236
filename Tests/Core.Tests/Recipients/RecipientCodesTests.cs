using System.Reflection;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

public class RecipientCodesTests
{
    public static TheoryData<string> AllCodes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(RecipientCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Code_IsSnakeCaseWithItsOwnDutchMessage(string code)
    {
        var message = RecipientMessages.For(code, DirectorySeed.Protocols[0], null, new DateOnly(2026, 1, 1));

        Assert.Matches("^[a-z]+(_[a-z]+)*$", code);
        Assert.NotEqual(RecipientMessages.For("no_such_code", null, null), message);
    }

    [Theory]
    [InlineData(RecipientCodes.Allowed, Verdict.Allowed, Verdict.Allowed)]
    [InlineData(RecipientCodes.PostcodeNotServed, Verdict.Warning, Verdict.Warning)]
    [InlineData(RecipientCodes.Subaddress, Verdict.Blocked, Verdict.Warning)]
    [InlineData(RecipientCodes.ProtocolEnded, Verdict.Blocked, Verdict.Warning)]
    [InlineData(RecipientCodes.LookalikeDomain, Verdict.Blocked, Verdict.Blocked)]
    [InlineData(RecipientCodes.DisplayNameMismatch, Verdict.Blocked, Verdict.Blocked)]
    [InlineData("no_such_code", Verdict.Blocked, Verdict.Blocked)]
    public void SeverityOf_PerContext_FailsClosed(string code, Verdict referral, Verdict mail)
    {
        Assert.Equal(referral, RecipientCodes.SeverityOf(code, RecipientContext.Referral));
        Assert.Equal(mail, RecipientCodes.SeverityOf(code, RecipientContext.Mail));
    }
}
