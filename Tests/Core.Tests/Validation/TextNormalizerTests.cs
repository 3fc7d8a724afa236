using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Validation;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("  An  ", "An")]
    [InlineData("An \u00A0\u2003 Sofie", "An Sofie")]
    [InlineData("Jose\u0301", "Jos\u00E9")]
    [InlineData("\u3000王\u3000", "王")]
    public void Normalize_TrimsComposesAndCollapses(string raw, string expected)
    {
        Assert.Null(TextNormalizer.Normalize(raw, 100, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null, ErrorCodes.Required)]
    [InlineData("", ErrorCodes.Required)]
    [InlineData("   ", ErrorCodes.Required)]
    [InlineData("a\u0001b", ErrorCodes.ControlCharacters)]
    [InlineData("a\u007Fb", ErrorCodes.ControlCharacters)]
    [InlineData("a\u009Bb", ErrorCodes.ControlCharacters)]
    [InlineData("a\u202Ab", ErrorCodes.ControlCharacters)]
    [InlineData("a\u2069b", ErrorCodes.ControlCharacters)]
    [InlineData("a\u200Eb", ErrorCodes.ControlCharacters)]
    [InlineData("a\u200Cb", ErrorCodes.ControlCharacters)]
    [InlineData("a\u00ADb", ErrorCodes.ControlCharacters)]
    [InlineData("a\u034Fb", ErrorCodes.ControlCharacters)]
    [InlineData("a\U000E0041b", ErrorCodes.ControlCharacters)]
    [InlineData("a\uF8FFb", ErrorCodes.InvalidCharacters)]
    [InlineData("a\u0378b", ErrorCodes.InvalidCharacters)]
    [InlineData("a\uFFFFb", ErrorCodes.InvalidCharacters)]
    public void Normalize_ForbiddenInput_ReturnsCode(string? raw, string code)
    {
        Assert.Equal(code, TextNormalizer.Normalize(raw, 100, out var value));
        Assert.Equal(string.Empty, value);
    }

    [Fact]
    public void Normalize_LoneSurrogateBuiltAtRunTime_IsInvalidCharacters()
    {
        // Built at run time: theory data serialisation would turn a lone surrogate into U+FFFD.
        var raw = "Pee" + (char)0xD800 + "ters";

        Assert.Equal(ErrorCodes.InvalidCharacters, TextNormalizer.Normalize(raw, 100, out _));
        Assert.Equal(ErrorCodes.InvalidCharacters, TextNormalizer.Normalize("Pee" + (char)0xDFFF, 100, out _));
    }

    [Fact]
    public void Normalize_LongerThanMaxAfterCollapsing_IsTooLong()
    {
        Assert.Null(TextNormalizer.Normalize("ab" + new string(' ', 50) + "cd", 20, out var value));
        Assert.Equal("ab cd", value);
        Assert.Equal(ErrorCodes.TooLong, TextNormalizer.Normalize("abc def", 5, out _));
    }

    [Fact]
    public void Normalize_HugeInput_IsTooLongBeforeNormalising()
    {
        var raw = new string('e', 5_000) + new string('\u0301', 5_000);

        Assert.Equal(ErrorCodes.TooLong, TextNormalizer.Normalize(raw, 100, out _));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(" \u00A0", true)]
    [InlineData("\t", false)]
    [InlineData("\u200B", false)]
    [InlineData("x", false)]
    public void IsBlank_OnlyTrueForPlainWhitespace(string? raw, bool expected)
    {
        Assert.Equal(expected, TextNormalizer.IsBlank(raw));
    }
}
