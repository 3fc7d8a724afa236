namespace OutlookReferralAddin.Core.Validation;

/// <summary>
/// One problem with one input field. <see cref="Field"/> is the camelCase JSON path of the request body
/// (for example <c>client.address.postalCode</c>) so the task pane can show the message at the field;
/// <see cref="Code"/> is stable and never translated; <see cref="Message"/> is Dutch (nl-BE).
/// Messages never repeat the value that was typed: it may be personal data.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>Either a valid, normalised value or the field errors that prevent it.</summary>
public sealed record ValidationResult<T>(T? Value, IReadOnlyList<FieldError> Errors)
    where T : class
{
    public bool IsValid => Errors.Count == 0 && Value is not null;
}

public static class ValidationResult
{
    public static ValidationResult<T> Success<T>(T value)
        where T : class => new(value, []);

    public static ValidationResult<T> Failure<T>(IReadOnlyList<FieldError> errors)
        where T : class => new(null, errors);
}
