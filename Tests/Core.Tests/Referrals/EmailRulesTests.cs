using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class EmailRulesTests
{
    [Theory]
    [InlineData("an@example.be", "an@example.be")]
    [InlineData(" an.peeters@Example.BE ", "an.peeters@example.be")]
    [InlineData("an@bücher.be", "an@bücher.be")]
    [InlineData("an@xn--bcher-kva.be", "an@bücher.be")]
    [InlineData("an@BÜCHER.be", "an@bücher.be")]
    [InlineData("o'brien+ocmw@mail.example.co.uk", "o'brien+ocmw@mail.example.co.uk")]
    [InlineData("an@пример.рф", "an@пример.рф")]
    [InlineData("an@xn--e1afmkfd.xn--p1ai", "an@пример.рф")]
    public void Validate_GoodEmail_IsAcceptedWithUnicodeDomain(string typed, string expected)
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Email = typed });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Equal(expected, result.Value!.Email);
    }

    [Theory]
    [InlineData("an@")]
    [InlineData("@example.be")]
    [InlineData("an")]
    [InlineData("a b@c.be")]
    [InlineData("\"x\"@y.be")]
    [InlineData("an@example.be, b@c.be")]
    [InlineData("an@example.be;b@c.be")]
    [InlineData("An Peeters <an@example.be>")]
    [InlineData("<an@example.be>")]
    [InlineData("an(comment)@example.be")]
    [InlineData("an@@example.be")]
    [InlineData("an@b@example.be")]
    [InlineData(".an@example.be")]
    [InlineData("an.@example.be")]
    [InlineData("a..n@example.be")]
    [InlineData("an@example")]
    [InlineData("an@example.b")]
    [InlineData("an@example..be")]
    [InlineData("an@-example.be")]
    [InlineData("an@exa_mple.be")]
    [InlineData("an@[192.168.0.1]")]
    [InlineData("an@192.168.0.1")]
    [InlineData("ännchen@example.be")]
    [InlineData("an@example.be.")]
    public void Validate_BadEmail_IsInvalidEmail(string typed)
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Email = typed });

        ClientInputs.AssertSingleError(result, FieldPaths.Email, ErrorCodes.InvalidEmail, typed);
    }

    [Fact]
    public void Validate_LocalPartOver64_IsInvalid()
    {
        var typed = new string('a', 65) + "@example.be";

        var result = ClientValidator.Validate(ClientInputs.Valid() with { Email = typed });

        ClientInputs.AssertSingleError(result, FieldPaths.Email, ErrorCodes.InvalidEmail, typed);
    }

    [Fact]
    public void Validate_AddressOver254_IsTooLong()
    {
        var label = new string('d', 60);
        var typed = "an@" + string.Join('.', Enumerable.Repeat(label, 5)) + ".be";

        var result = ClientValidator.Validate(ClientInputs.Valid() with { Email = typed });

        Assert.True(typed.Length > 254);
        ClientInputs.AssertSingleError(result, FieldPaths.Email, ErrorCodes.TooLong, typed);
    }

    [Theory]
    [InlineData("an\u200B@example.be", ErrorCodes.ControlCharacters)]
    [InlineData("an@exam\u202Eple.be", ErrorCodes.ControlCharacters)]
    [InlineData("an@example.be\r\nBcc: x@evil.be", ErrorCodes.ControlCharacters)]
    public void Validate_InvisibleCharactersInEmail_AreControlCharacters(string typed, string code)
    {
        var result = ClientValidator.Validate(ClientInputs.Valid() with { Email = typed });

        ClientInputs.AssertSingleError(result, FieldPaths.Email, code, typed);
    }
}
