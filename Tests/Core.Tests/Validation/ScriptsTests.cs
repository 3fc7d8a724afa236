using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Validation;

public class ScriptsTests
{
    [Theory]
    [InlineData("Peeters", false)]
    [InlineData("\u03A1eeters", true)]
    [InlineData("P\u0435eters", true)]
    [InlineData("Ivanova Петрова", false)]
    [InlineData("Ivanova-Петрова", false)]
    [InlineData("Ivanova'Петрова", false)]
    [InlineData("山田たろう", false)]
    [InlineData("ヤマダ太郎", false)]
    [InlineData("김民준", false)]
    [InlineData("김たろう", true)]
    [InlineData("پدرام", false)]
    [InlineData("عبدالله", false)]
    [InlineData("שרה", false)]
    [InlineData("नेहाক", true)]
    [InlineData("Ngũgĩ", false)]
    [InlineData("Straße 12", false)]
    [InlineData("ʻOkina", false)]
    public void HasMixedWord_DetectsScriptsMixedWithinOneWord(string text, bool mixed)
    {
        Assert.Equal(mixed, Scripts.HasMixedWord(text));
    }
}
