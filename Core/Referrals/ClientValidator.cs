using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>Validates and normalises what the worker typed (field paths start with <c>client.</c>).</summary>
public static class ClientValidator
{
    public static ValidationResult<Client> Validate(ClientInput? input)
    {
        if (input is null)
        {
            return ValidationResult.Failure<Client>([ValidationMessages.Error(FieldPaths.Client, ErrorCodes.Required)]);
        }

        var errors = new List<FieldError>();
        var givenName = Text(input.GivenName, FieldPaths.GivenName, NameRules.MaxNameLength, NameRules.CheckPersonName, errors, nameText: true);
        var familyName = Text(input.FamilyName, FieldPaths.FamilyName, NameRules.MaxNameLength, NameRules.CheckPersonName, errors, nameText: true);
        var address = ValidateAddress(input.Address ?? new AddressInput(null, null, null, null, null), errors);
        var phone = Optional(input.Phone, FieldPaths.Phone, PhoneRules.MaxLength, PhoneRules.Check, errors, out var phoneGiven);
        var email = Optional(input.Email, FieldPaths.Email, EmailRules.MaxLength, EmailRules.Check, errors, out var emailGiven);

        // Article 3 shares contact data so the OCMW can reach the client. The address is required anyway (the
        // OCMW of the client's residence, article 6); a direct channel is required too so the OCMW can call or
        // write quickly instead of relying on a letter alone.
        if (!phoneGiven && !emailGiven)
        {
            errors.Add(ValidationMessages.Error(FieldPaths.Client, ErrorCodes.ContactRequired));
        }

        return errors.Count > 0
            ? ValidationResult.Failure<Client>(errors)
            : ValidationResult.Success(new Client(givenName!, familyName!, address!, phone, email));
    }

    private static Address? ValidateAddress(AddressInput input, List<FieldError> errors)
    {
        var before = errors.Count;
        var street = Text(input.Street, FieldPaths.Street, NameRules.MaxStreetLength, NameRules.CheckPlaceName, errors, nameText: true);
        var houseNumber = Text(input.HouseNumber, FieldPaths.HouseNumber, AddressRules.MaxHouseNumberLength, AddressRules.CheckHouseNumber, errors);
        var box = Optional(input.Box, FieldPaths.Box, AddressRules.MaxBoxLength, AddressRules.CheckBox, errors, out _);
        var postalCode = Text(input.PostalCode, FieldPaths.PostalCode, 10, AddressRules.CheckPostalCode, errors);
        var municipality = Text(input.Municipality, FieldPaths.Municipality, NameRules.MaxMunicipalityLength, NameRules.CheckPlaceName, errors, nameText: true);
        return errors.Count > before ? null : new Address(street!, houseNumber!, box, postalCode!, municipality!);
    }

    private delegate string? Rule(string normalised, out string result);

    /// <summary>A required field: normalise, then apply the field's check.</summary>
    private static string? Text(string? raw, string field, int maxLength, Func<string, string?> check, List<FieldError> errors, bool nameText = false)
    {
        if (TextNormalizer.IsBlank(raw))
        {
            errors.Add(ValidationMessages.Error(field, ErrorCodes.Required));
            return null;
        }

        return Apply(raw, field, maxLength, (string value, out string result) => { result = value; return check(value); }, errors, nameText);
    }

    /// <summary>An optional field: blank means absent; anything typed must pass the rule.</summary>
    private static string? Optional(string? raw, string field, int maxLength, Rule rule, List<FieldError> errors, out bool given)
    {
        given = !TextNormalizer.IsBlank(raw);
        return given ? Apply(raw, field, maxLength, rule, errors) : null;
    }

    private static string? Apply(string? raw, string field, int maxLength, Rule rule, List<FieldError> errors, bool nameText = false)
    {
        var code = TextNormalizer.Normalize(raw, maxLength, out var value, nameText) ?? rule(value, out value);
        if (code is null)
        {
            return value;
        }

        errors.Add(ValidationMessages.Error(field, code, maxLength));
        return null;
    }
}
