using System.Globalization;

namespace OutlookReferralAddin.Core.Validation;

/// <summary>
/// All Dutch (nl-BE) validation texts in one place, for review. A message names the field and the rule,
/// never the value that was typed: that value may be personal data and ends up in logs and screenshots.
/// </summary>
public static class ValidationMessages
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [FieldPaths.Client] = "De cliënt",
        [FieldPaths.GivenName] = "De voornaam",
        [FieldPaths.FamilyName] = "De naam",
        [FieldPaths.Street] = "De straat",
        [FieldPaths.HouseNumber] = "Het huisnummer",
        [FieldPaths.Box] = "Het busnummer",
        [FieldPaths.PostalCode] = "De postcode",
        [FieldPaths.Municipality] = "De gemeente",
        [FieldPaths.Phone] = "Het telefoonnummer",
        [FieldPaths.Email] = "Het e-mailadres",
        [FieldPaths.Consent] = "De toestemming",
        [FieldPaths.ConsentInformed] = "De bevestiging dat de cliënt geïnformeerd is",
        [FieldPaths.ConsentGiven] = "De bevestiging dat de cliënt toestemt",
        [FieldPaths.ConsentMethod] = "De wijze van toestemming",
        [FieldPaths.ConsentDate] = "De datum van de toestemming",
        [FieldPaths.ConsentStatementVersion] = "De versie van de toestemmingstekst",
    };

    // {0} is the field label, {1} the maximum length where relevant.
    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal)
    {
        [ErrorCodes.Required] = "{0} is verplicht.",
        [ErrorCodes.TooLong] = "{0} is te lang (maximaal {1} tekens).",
        [ErrorCodes.InvalidCharacters] = "{0} bevat tekens die hier niet toegelaten zijn, of begint niet met een letter.",
        [ErrorCodes.ControlCharacters] =
            "{0} bevat onzichtbare stuur- of opmaaktekens. Typ de waarde opnieuw in plaats van ze te plakken.",
        [ErrorCodes.MixedScripts] =
            "{0} mengt letters uit verschillende schriften in één woord (bijvoorbeeld Latijnse en Cyrillische letters die op elkaar lijken).",
        [ErrorCodes.InvalidHouseNumber] =
            "{0} moet met een cijfer beginnen, bijvoorbeeld 12, 12A, 12-14 of 12 bis.",
        [ErrorCodes.InvalidBox] = "{0} mag alleen letters en cijfers bevatten, bijvoorbeeld 3, B of 0.1.",
        [ErrorCodes.InvalidPostalCode] = "{0} moet een Belgische postcode van 4 cijfers zijn (1000 tot 9999).",
        [ErrorCodes.InvalidPhone] =
            "{0} is geen geldig nummer. Gebruik bijvoorbeeld 0470 12 34 56, 09 223 45 67 of +32 470 12 34 56.",
        [ErrorCodes.InvalidEmail] =
            "{0} is ongeldig. Geef één adres op zoals naam@voorbeeld.be, zonder naam, haakjes of aanhalingstekens.",
        [ErrorCodes.ContactRequired] =
            "Geef minstens een telefoonnummer of een e-mailadres op, zodat het OCMW de cliënt kan contacteren.",
        [ErrorCodes.ConsentNotInformed] =
            "Bevestig dat de cliënt geïnformeerd werd over het delen van de gegevens met het OCMW.",
        [ErrorCodes.ConsentNotGiven] =
            "Bevestig dat de cliënt toestemming gaf. Zonder toestemming kan er niet doorverwezen worden.",
        [ErrorCodes.InvalidConsentMethod] = "Kies hoe de cliënt toestemming gaf: mondeling of schriftelijk.",
        [ErrorCodes.ConsentDateInFuture] = "{0} ligt in de toekomst.",
        [ErrorCodes.ConsentDateTooOld] =
            "{0} ligt meer dan een jaar in het verleden. Vraag de cliënt opnieuw om toestemming.",
        [ErrorCodes.UnknownStatementVersion] =
            "{0} is onbekend. Herlaad het formulier zodat de actuele tekst getoond wordt.",
    };

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>The Dutch message for <paramref name="code"/> at <paramref name="field"/>.</summary>
    public static string For(string field, string code, int maxLength = 0)
    {
        var template = Templates.TryGetValue(code, out var t) ? t : "{0} is ongeldig.";
        var label = Labels.TryGetValue(field, out var l) ? l : "Dit veld";
        return string.Format(Dutch, template, label, maxLength);
    }

    public static FieldError Error(string field, string code, int maxLength = 0) =>
        new(field, code, For(field, code, maxLength));
}
