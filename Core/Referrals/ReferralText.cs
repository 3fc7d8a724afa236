using System.Globalization;
using System.Text;
using OutlookReferralAddin.Core.Consent;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// doorverwijzing.txt: the letter the OCMW social worker reads first. Plain text with CRLF line ends and a
/// UTF-8 byte order mark: the OCMW opens it on Windows, where older Notepad versions and other tools only
/// recognise UTF-8 (é, ë, ç, non-Latin names) and line breaks reliably in that form.
/// </summary>
internal static class ReferralText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string Write(ReferralDocumentContext context)
    {
        var local = BrusselsTime.ToLocal(context.CreatedAt);
        var client = context.Client;
        var address = client.Address;
        var consent = context.Consent;
        var lines = new List<string>
        {
            "DOORVERWIJZING NAAR DE SOCIALE DIENST VAN HET OCMW",
            "Vertrouwelijk: persoonsgegevens, gedeeld met toestemming van de cliënt.",
            "",
            $"Referentie:  {context.Reference}",
            $"Datum:       {local.ToString("d MMMM yyyy 'om' HH:mm", Dutch)}",
            $"Van:         {context.SendingTeam} (Opgroeien regie)"
                + (context.ReferringContact.Sender is { } sender ? $", verstuurd door {sender}" : ""),
            $"Aan:         de sociale dienst van {context.OcmwName} ({context.RecipientMailbox})",
            "",
            "Beste maatschappelijk werker,",
            "",
            "Met toestemming van de cliënt verwijzen wij deze persoon door naar uw sociale dienst. Wij vragen u",
            "contact op te nemen met de cliënt, zodat u de hulp en dienstverlening kunt aanbieden waar het gezin",
            "mogelijk recht op heeft.",
            "",
            "GEGEVENS VAN DE CLIËNT",
            $"Voornaam:    {client.GivenName}",
            $"Naam:        {client.FamilyName}",
            $"Adres:       {address.Street} {address.HouseNumber}" + (address.Box is { } box ? $" bus {box}" : ""),
            $"             {address.PostalCode} {address.Municipality}",
            "             België",
            $"Telefoon:    {(client.Phone is { } phone ? PhoneRules.Display(phone) : "niet opgegeven")}",
            $"E-mail:      {client.Email ?? "niet opgegeven"}",
            "",
            "TOESTEMMING",
            "De cliënt werd geïnformeerd over het delen van deze gegevens: ja",
            "De cliënt gaf toestemming voor het delen van deze gegevens:   ja",
            $"Wijze van toestemming:   {ConsentValidator.ToWire(consent.Method)}",
            $"Datum van toestemming:   {consent.Date.ToString("d MMMM yyyy", Dutch)}",
            $"Versie van de tekst:     {consent.StatementVersion}",
        };
        lines.AddRange(ReferralNotices.Lines(context.Reference, context.ReferringContact));

        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(line).Append("\r\n");
        }

        return builder.ToString();
    }
}
