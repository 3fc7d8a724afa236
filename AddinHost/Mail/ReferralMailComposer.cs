using System.Globalization;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>The Dutch subject and body. Only the reference and the protocol's public facts: never client data.</summary>
internal static class ReferralMailComposer
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string AttachmentName(string reference) => $"doorverwijzing-{reference}.7z";

    public static ReferralMail Compose(string reference, string recipient, OcmwProtocol protocol, byte[] archive) =>
        new(reference, recipient, $"Doorverwijzing Opgroeien – ref. {reference}", Body(reference, protocol), AttachmentName(reference), archive);

    private static string Body(string reference, OcmwProtocol protocol) => $"""
        Beste collega van de sociale dienst van {protocol.Name},

        {protocol.ReferringTeam} (Opgroeien) verwijst een gezin naar u door, met de toestemming van het gezin.
        Referentie: {reference}

        Wat zit er in de bijlage?
        Het bestand {AttachmentName(reference)} is een 7-Zip-archief, versleuteld met AES-256. Het bevat de voornaam,
        de naam en de contactgegevens (adres, telefoonnummer, e-mailadres) van de cliënt: doorverwijzing.txt
        (leesbaar), client.vcf (contactkaart) en doorverwijzing.json. Ook de bestandsnamen zijn versleuteld.

        Het wachtwoord
        Het wachtwoord staat niet in deze e-mail. De medewerker van Kind en Gezin geeft het u telefonisch door.

        Rechtsgrond
        De cliënt werd geïnformeerd en gaf toestemming (artikel 10/1 van het decreet van 30 april 2004).
        De mededeling volgt het protocol voor gegevensdeling tussen Opgroeien regie en {protocol.Name},
        ondertekend op {protocol.SignedOn.ToString("d MMMM yyyy", Dutch)}.

        Bewaring (artikel 3 van het protocol)
        Bewaar de gegevens tot er contact met de cliënt is geweest en duidelijk is of die verdere hulp- en
        dienstverlening wenst. Wenst de cliënt dat niet, verwijder de gegevens dan. Wenst de cliënt dat wel, dan
        gelden de archiveringsrichtlijnen voor sociale dossiers (10 jaar na het afsluiten van het dossier).

        Foutieve of verouderde gegevens (artikel 7 van het protocol)
        Stelt u vast dat gegevens fout, onvolledig of verouderd zijn, meld dat dan onmiddellijk aan Opgroeien regie
        ({protocol.OpgroeienDpo.Email}) met vermelding van referentie {reference}. Vermeld geen persoonsgegevens in die e-mail.

        Het archief openen met 7-Zip
        1. Sla de bijlage op in een beveiligde map van de sociale dienst.
        2. Klik met de rechtermuisknop op het bestand en kies 7-Zip > Uitpakken.
        3. Typ het wachtwoord dat u telefonisch kreeg, precies zoals het werd doorgegeven.
        4. Verwijder de uitgepakte bestanden zodra ze in uw dossier staan.

        Deze e-mail werd automatisch opgesteld door de doorverwijstoepassing van Opgroeien.
        """;
}
