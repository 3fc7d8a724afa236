using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Consent;

/// <summary>Both statements true, a known method, a date not in the future (field paths start with <c>consent.</c>).</summary>
public static class ConsentValidator
{
    /// <summary>
    /// Consent older than this is refused: a family's situation and wishes change, and a referral is meant
    /// to follow the conversation in which the client agreed (article 5: "in samenspraak met de cliënt").
    /// </summary>
    public const int MaxAgeInDays = 365;

    public static ValidationResult<ConsentFacts> Validate(ConsentInput? input, DateOnly today)
    {
        if (input is null)
        {
            return ValidationResult.Failure<ConsentFacts>([ValidationMessages.Error(FieldPaths.Consent, ErrorCodes.Required)]);
        }

        var errors = new List<FieldError>();
        if (input.Informed != true)
        {
            errors.Add(ValidationMessages.Error(FieldPaths.ConsentInformed, ErrorCodes.ConsentNotInformed));
        }

        if (input.Given != true)
        {
            errors.Add(ValidationMessages.Error(FieldPaths.ConsentGiven, ErrorCodes.ConsentNotGiven));
        }

        var method = ParseMethod(input.Method, errors);
        CheckDate(input.Date, today, errors);

        var version = input.StatementVersion ?? ConsentStatements.CurrentVersion;
        if (!ConsentStatements.IsKnown(version))
        {
            errors.Add(ValidationMessages.Error(FieldPaths.ConsentStatementVersion, ErrorCodes.UnknownStatementVersion));
        }

        return errors.Count > 0
            ? ValidationResult.Failure<ConsentFacts>(errors)
            : ValidationResult.Success(new ConsentFacts(method!.Value, input.Date!.Value, version));
    }

    /// <summary>The wire form of a method: <c>mondeling</c> or <c>schriftelijk</c>.</summary>
    public static string ToWire(ConsentMethod method) =>
        method == ConsentMethod.Mondeling ? "mondeling" : "schriftelijk";

    private static ConsentMethod? ParseMethod(string? raw, List<FieldError> errors)
    {
        var method = raw?.Trim().ToUpperInvariant() switch
        {
            "MONDELING" => ConsentMethod.Mondeling,
            "SCHRIFTELIJK" => ConsentMethod.Schriftelijk,
            _ => (ConsentMethod?)null,
        };
        if (method is null)
        {
            var code = string.IsNullOrWhiteSpace(raw) ? ErrorCodes.Required : ErrorCodes.InvalidConsentMethod;
            errors.Add(ValidationMessages.Error(FieldPaths.ConsentMethod, code));
        }

        return method;
    }

    private static void CheckDate(DateOnly? date, DateOnly today, List<FieldError> errors)
    {
        var code = date switch
        {
            null => ErrorCodes.Required,
            { } d when d > today => ErrorCodes.ConsentDateInFuture,
            { } d when d < today.AddDays(-MaxAgeInDays) => ErrorCodes.ConsentDateTooOld,
            _ => null,
        };
        if (code is not null)
        {
            errors.Add(ValidationMessages.Error(FieldPaths.ConsentDate, code));
        }
    }
}
