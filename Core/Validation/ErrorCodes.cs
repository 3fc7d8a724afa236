namespace OutlookReferralAddin.Core.Validation;

/// <summary>
/// The stable error codes of <see cref="FieldError.Code"/>. The task pane and API clients switch on these,
/// so they are never renamed or translated; the Dutch text lives in <see cref="ValidationMessages"/>.
/// </summary>
public static class ErrorCodes
{
    public const string Required = "required";
    public const string TooLong = "too_long";
    public const string InvalidCharacters = "invalid_characters";
    public const string ControlCharacters = "control_characters";
    public const string MixedScripts = "mixed_scripts";
    public const string InvalidHouseNumber = "invalid_house_number";
    public const string InvalidBox = "invalid_box";
    public const string InvalidPostalCode = "invalid_postal_code";
    public const string InvalidPhone = "invalid_phone";
    public const string InvalidEmail = "invalid_email";
    public const string ContactRequired = "contact_required";
    public const string ConsentNotInformed = "consent_not_informed";
    public const string ConsentNotGiven = "consent_not_given";
    public const string InvalidConsentMethod = "invalid_consent_method";
    public const string ConsentDateInFuture = "consent_date_in_future";
    public const string ConsentDateTooOld = "consent_date_too_old";
    public const string UnknownStatementVersion = "unknown_statement_version";

    /// <summary>Every code, for reviews and for tests that check each one has a message.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Required, TooLong, InvalidCharacters, ControlCharacters, MixedScripts, InvalidHouseNumber, InvalidBox,
        InvalidPostalCode, InvalidPhone, InvalidEmail, ContactRequired, ConsentNotInformed, ConsentNotGiven,
        InvalidConsentMethod, ConsentDateInFuture, ConsentDateTooOld, UnknownStatementVersion,
    ];
}
