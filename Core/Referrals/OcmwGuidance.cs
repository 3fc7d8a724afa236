using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>Who sent a referral and how the OCMW reaches the team behind it (the team's contacts may be unknown).</summary>
public sealed record ReferringContact(string Team, string? Sender, ContactPoints? Contacts);

/// <summary>
/// What the OCMW's social worker is told in both the mail and doorverwijzing.txt, worded once so the two cannot
/// disagree: how to report wrong data (article 7: to Opgroeien regie, here through the referring team, with the
/// sender as a second contact), and how to open the archive. Windows Explorer is named because its built-in 7z
/// support (libarchive) cannot decrypt 7zAES: without the warning a right passphrase looks wrong.
/// </summary>
public static class OcmwGuidance
{
    public static IReadOnlyList<string> WrongData(string reference, ReferringContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var lines = new List<string>
        {
            "Stelt u vast dat gegevens foutief, onnauwkeurig, onvolledig, ontbrekend, verouderd of overtollig zijn,",
            "ook als de cliënt het u meldt, meld het dan onmiddellijk aan Opgroeien regie, bij het doorverwijzende",
            $"team {contact.Team}:",
        };
        lines.AddRange(ContactLines(contact));
        lines.Add($"Vermeld de referentie {reference} en zet geen persoonsgegevens in uw e-mail. Opgroeien regie");
        lines.Add("onderzoekt het, neemt de gepaste maatregelen en laat u weten wat er gecorrigeerd werd.");
        return lines;
    }

    /// <summary>The team first (it is reachable when the sender is away), then the sender.</summary>
    public static IEnumerable<string> ContactLines(ReferringContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.Contacts?.TeamMailbox is { } mailbox)
        {
            yield return $"- e-mail van het team: {mailbox}";
        }

        if (contact.Contacts?.TeamPhone is { } phone)
        {
            yield return $"- telefoon van het team: {PhoneRules.DisplayNational(phone)}";
        }

        yield return contact.Sender is { } sender
            ? $"- of de medewerker die de doorverwijzing verstuurde: {sender}"
            : "- of de medewerker die de doorverwijzing verstuurde (antwoord op de e-mail met het archief)";
    }

    public static IReadOnlyList<string> Passphrase { get; } =
    [
        "Het wachtwoord staat nooit in de e-mail: de medewerker van Kind en Gezin geeft het u telefonisch door.",
        $"Het bestaat uit {PassphraseGenerator.Groups} groepjes van {PassphraseGenerator.GroupLength} tekens (kleine letters en cijfers), gescheiden door",
        "streepjes. Typ het in kleine letters, met de streepjes en zonder spaties.",
    ];

    public static IReadOnlyList<string> Opening { get; } =
    [
        "Open het archief met 7-Zip (gratis, www.7-zip.org) of een ander programma dat versleutelde 7z-archieven",
        "opent. Niet met Windows Verkenner: die kan de bestanden in een versleuteld 7z-archief niet openen, ook",
        "niet met het juiste wachtwoord.",
        "1. Sla de bijlage op in een beveiligde map van de sociale dienst.",
        "2. Klik met de rechtermuisknop op het bestand en kies 7-Zip > Bestanden uitpakken.",
        "3. Typ het wachtwoord dat u telefonisch kreeg: kleine letters, met de streepjes.",
        "4. Verwijder de uitgepakte bestanden zodra ze in uw dossier staan.",
    ];
}
