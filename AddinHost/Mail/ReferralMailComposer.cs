using System.Globalization;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.EntryChecks;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>The Dutch subject and body. Only the reference and the protocol's public facts: never client data.</summary>
internal static class ReferralMailComposer
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string AttachmentName(string reference) => $"doorverwijzing-{reference}.7z";

    public static ReferringContact Contact(OcmwProtocol protocol, string? sender) =>
        new(protocol.ForMail().ReferringTeam, string.IsNullOrWhiteSpace(sender) ? null : sender, protocol.Contacts);

    public static ReferralMail Compose(string reference, string recipient, OcmwProtocol protocol, string? sender, byte[] archive) =>
        new(reference, recipient, $"Doorverwijzing Opgroeien – ref. {reference}",
            Body(reference, protocol.ForMail(), Contact(protocol, sender)), AttachmentName(reference), archive);

    // One paragraph per line: a mail client wraps text to its own window, so a line broken by hand shows as a stub in the
    // middle of a sentence. Headings and list items stay lines of their own.
    private static string Body(string reference, OcmwProtocol protocol, ReferringContact contact) => $"""
        Beste collega van de sociale dienst van {protocol.Name},

        {protocol.ReferringTeam} (Opgroeien) verwijst een gezin naar u door, met de toestemming van het gezin.
        Referentie: {reference}

        Wat zit er in de bijlage?
        Het bestand {AttachmentName(reference)} is een 7-Zip-archief, versleuteld met AES-256. Het bevat de voornaam, de naam en de contactgegevens (adres, telefoonnummer, e-mailadres) van de cliënt: doorverwijzing.txt (leesbaar), client.vcf (contactkaart) en doorverwijzing.json. Ook de bestandsnamen zijn versleuteld.

        Het wachtwoord
        {Paragraphs(OcmwGuidance.Passphrase)}
        Kreeg u het wachtwoord niet? Neem contact op met het doorverwijzende team {protocol.ReferringTeam}:
        {Paragraphs(OcmwGuidance.ContactLines(contact))}

        Het archief openen
        {Paragraphs(OcmwGuidance.Opening)}

        Rechtsgrond
        De cliënt werd geïnformeerd en gaf toestemming (artikel 10/1 van het decreet van 30 april 2004). De mededeling volgt het protocol voor gegevensdeling tussen Opgroeien regie en {protocol.Name}, ondertekend op {protocol.SignedOn.ToString("d MMMM yyyy", Dutch)}.

        Bewaring (artikel 3 van het protocol)
        Bewaar de gegevens tot er contact met de cliënt is geweest en duidelijk is of die verdere hulp- en dienstverlening wenst. Wenst de cliënt dat niet, verwijder de gegevens dan. Wenst de cliënt dat wel, dan gelden de archiveringsrichtlijnen voor sociale dossiers (10 jaar na het afsluiten van het dossier).

        Foutieve of verouderde gegevens (artikel 7 van het protocol)
        {Paragraphs(OcmwGuidance.WrongData(reference, contact))}

        Deze e-mail werd automatisch opgesteld door de doorverwijstoepassing van Opgroeien.
        """;

    /// <summary>
    /// The guidance as <c>doorverwijzing.txt</c> has it (lines of a fixed width) joined into paragraphs: a list item
    /// ("- ...", "1. ...") starts a line of its own, every other line continues the one before.
    /// </summary>
    internal static string Paragraphs(IEnumerable<string> lines)
    {
        var result = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var item = line.StartsWith("- ", StringComparison.Ordinal) || (line.Length > 2 && char.IsAsciiDigit(line[0]) && line[1] == '.');
            result.Append(result.Length == 0 ? "" : item || EndsItem(result) ? "\n" : " ").Append(line);
        }

        return result.ToString();

        // A list item's own wrapped continuation would start lower-case; none of ours wraps, so an item ends at its line.
        static bool EndsItem(System.Text.StringBuilder text)
        {
            var last = text.ToString().LastIndexOf('\n') + 1;
            return text[last] == '-' || (char.IsAsciiDigit(text[last]) && text.Length > last + 1 && text[last + 1] == '.');
        }
    }
}
