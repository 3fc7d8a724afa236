using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Referrals;

/// <summary>Names through <see cref="ClientValidator"/>, so field paths and normalisation are covered too.</summary>
public class NameRulesTests
{
    [Theory]
    [InlineData("An", "An")]
    [InlineData("Anne-Marie", "Anne-Marie")]
    [InlineData("D'Hondt", "D'Hondt")]
    [InlineData("D\u2019Hondt", "D'Hondt")]
    [InlineData("D\u02BCHondt", "D'Hondt")]
    [InlineData("Anne\u2013Marie", "Anne-Marie")]
    [InlineData("Anne\u2014Marie", "Anne-Marie")]
    [InlineData("Anne\u2011Marie", "Anne-Marie")]
    [InlineData("Anne\u2212Marie", "Anne-Marie")]
    [InlineData("'t Hooft", "'t Hooft")]
    [InlineData("\u2019t Hooft", "'t Hooft")]
    [InlineData("'s Jongers", "'s Jongers")]
    [InlineData("\u0646\u06CC\u06A9\u200C\u0646\u0627\u0645", "\u0646\u06CC\u06A9\u200C\u0646\u0627\u0645")]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")]
    [InlineData("\u0628\u064E\u200C\u0646", "\u0628\u064E\u200C\u0646")]
    [InlineData("\u0915\u094D\u200C\u0937", "\u0915\u094D\u200C\u0937")]
    [InlineData("\u0915\u094D\u200D\u0937", "\u0915\u094D\u200D\u0937")]
    // A joiner outside its CONTEXTJ place changes nothing on screen: dropped, never a refusal.
    [InlineData("Pee\u200Dters", "Peeters")]
    [InlineData("Pee\u200Cters", "Peeters")]
    [InlineData("\u200C\u0646\u0627\u0645", "\u0646\u0627\u0645")]
    [InlineData("\u0646\u0627\u0645\u200C", "\u0646\u0627\u0645")]
    [InlineData("\u0648\u200C\u0646", "\u0648\u0646")]
    [InlineData("\u0646\u200C\u0621", "\u0646\u0621")]
    [InlineData("\u0646 \u200C\u0646", "\u0646 \u0646")]
    [InlineData("\u0915\u200C\u0937", "\u0915\u0937")]
    [InlineData("\u0622\u0632\u0627\u062F\u200C\u0645\u0647\u0631", "\u0622\u0632\u0627\u062F\u0645\u0647\u0631")]
    [InlineData("J. P.", "J. P.")]
    [InlineData("Van  den   Broeck", "Van den Broeck")]
    [InlineData("\u00A0Çelik\u3000", "Çelik")]
    [InlineData("Zoë", "Zoë")]
    [InlineData("Ольга", "Ольга")]
    [InlineData("محمد", "محمد")]
    [InlineData("王秀英", "王秀英")]
    [InlineData("やまだ太郎", "やまだ太郎")]
    [InlineData("김민준", "김민준")]
    [InlineData("Αθηνά", "Αθηνά")]
    [InlineData("नेहा", "नेहा")]
    [InlineData("Ivanova-Петрова", "Ivanova-Петрова")]
    [InlineData("Ngũgĩ", "Ngũgĩ")]
    public void Validate_GoodGivenName_IsAcceptedAndNormalised(string typed, string expected)
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { GivenName = typed });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Equal(expected, result.Value!.GivenName);
    }

    [Fact]
    public void Validate_NfdAndNfcSpelling_GiveTheSameName()
    {
        var nfd = ClientValidator.Validate(ClientInputs.Valid() with { FamilyName = "Ve\u0301lez" });
        var nfc = ClientValidator.Validate(ClientInputs.Valid() with { FamilyName = "V\u00E9lez" });

        Assert.Equal(nfc.Value!.FamilyName, nfd.Value!.FamilyName);
        Assert.Equal(5, nfd.Value.FamilyName.Length);
    }

    [Theory]
    [InlineData("An3", ErrorCodes.InvalidCharacters)]
    [InlineData("<script>alert(1)</script>", ErrorCodes.InvalidCharacters)]
    [InlineData("<b>An</b>", ErrorCodes.InvalidCharacters)]
    [InlineData("=SUM(A1)", ErrorCodes.InvalidCharacters)]
    [InlineData("+Anna", ErrorCodes.InvalidCharacters)]
    [InlineData("@Anna", ErrorCodes.InvalidCharacters)]
    [InlineData("-Anna", ErrorCodes.InvalidCharacters)]
    [InlineData("An 😀", ErrorCodes.InvalidCharacters)]
    [InlineData("An;Peeters", ErrorCodes.InvalidCharacters)]
    [InlineData("Ⅻ", ErrorCodes.InvalidCharacters)]
    [InlineData("Pee\u202Eters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\u2066ters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\u200Fters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\u061Cters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\u200Bters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\u2060ters", ErrorCodes.ControlCharacters)]
    [InlineData("\uFEFFPeeters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\u0000ters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\tters", ErrorCodes.ControlCharacters)]
    [InlineData("Peeters\r\nBCC: x", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\u0085ters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\u2028ters", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\uFE0Fters", ErrorCodes.ControlCharacters)]
    [InlineData("\u3164", ErrorCodes.ControlCharacters)]
    [InlineData("Pee\uE000ters", ErrorCodes.InvalidCharacters)]
    [InlineData("Pee\U000F0000ters", ErrorCodes.InvalidCharacters)]
    [InlineData("Pee\U0003FFFEters", ErrorCodes.InvalidCharacters)]
    [InlineData("\u03A1eeters", ErrorCodes.MixedScripts)]
    [InlineData("P\u0435\u0435ters", ErrorCodes.MixedScripts)]
    [InlineData("An-Ρeeters", ErrorCodes.MixedScripts)]
    [InlineData("王Li", ErrorCodes.MixedScripts)]
    [InlineData("'", ErrorCodes.InvalidCharacters)]
    [InlineData("'3 Hooft", ErrorCodes.InvalidCharacters)]
    [InlineData("'=SUM(A1)", ErrorCodes.InvalidCharacters)]
    [InlineData("'' Hooft", ErrorCodes.InvalidCharacters)]
    [InlineData("' t Hooft", ErrorCodes.InvalidCharacters)]
    [InlineData("\u2013Anna", ErrorCodes.InvalidCharacters)]
    public void Validate_BadFamilyName_IsRejectedWithCode(string typed, string code)
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { FamilyName = typed });

        ClientInputs.AssertSingleError(result, FieldPaths.FamilyName, code, typed);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    [InlineData(10_000, false)]
    [InlineData(1_000_000, false)]
    public void Validate_NameLength_IsLimitedTo100(int length, bool valid)
    {
        var typed = new string('a', length);

        var result = ClientValidator.Validate(ClientInputs.Valid() with { GivenName = typed });

        if (valid)
        {
            Assert.True(result.IsValid);
            return;
        }

        var error = ClientInputs.AssertSingleError(result, FieldPaths.GivenName, ErrorCodes.TooLong, typed);
        Assert.Contains("100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HugeStringOfControlCharacters_IsTooLongWithoutScanning()
    {
        var typed = string.Concat(Enumerable.Repeat("\u202E", 20_000));

        var result = ClientValidator.Validate(ClientInputs.Valid() with { GivenName = typed });

        ClientInputs.AssertSingleError(result, FieldPaths.GivenName, ErrorCodes.TooLong, typed);
    }
}
