using System.Text;
using OutlookReferralAddin.Core.Archive;

namespace OutlookReferralAddin.Benchmarks.Archive;

/// <summary>The three files of a typical referral, with invented data and realistic sizes (~2 KB, ~400 B, ~1 KB).</summary>
internal static class ReferralSample
{
    private static readonly DateTimeOffset Time = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public static IReadOnlyList<ArchiveEntry> Entries() =>
    [
        new("doorverwijzing.txt", Encoding.UTF8.GetBytes(Letter), Time),
        new("client.vcf", Encoding.UTF8.GetBytes(Card.ReplaceLineEndings("\r\n")), Time),
        new("doorverwijzing.json", Encoding.UTF8.GetBytes(Json), Time),
    ];

    private const string Letter = """
        Doorverwijzing naar de sociale dienst van OCMW Kluisbergen
        Referentie: R-2026-000123
        Datum: 14 maart 2026

        Beste collega,

        Met toestemming van de cliënt verwijzen wij onderstaand gezin door naar uw sociale dienst. De cliënt werd
        geïnformeerd over deze doorverwijzing en heeft er mondeling mee ingestemd op 12 maart 2026.

        Gegevens van de cliënt
          Voornaam:    Özlem
          Familienaam: Janssens-Dubois
          Adres:       Parklaan 121 bus 3, 9690 Kluisbergen
          Telefoon:    +32 470 12 34 56
          E-mail:      ozlem.janssens@example.be

        Waarom deze doorverwijzing?
        Tijdens onze huisbezoeken bleek dat het gezin mogelijk recht heeft op ondersteuning en diensten van het
        OCMW. Wij vragen u om contact op te nemen met de cliënt om samen te bekijken welke hulp passend is.
        Wij delen bewust enkel de naam en de contactgegevens; verdere informatie vraagt u rechtstreeks aan de
        cliënt.

        Wat vragen wij van u?
          - Neem binnen een redelijke termijn contact op met de cliënt.
          - Bewaar deze gegevens niet langer dan nodig voor uw opdracht (artikel 3 van het protocol).
          - Merkt u dat gegevens onjuist of verouderd zijn, laat het ons weten met vermelding van de referentie
            hierboven (artikel 7 van het protocol).

        De cliënt kan de toestemming op elk moment intrekken. In dat geval brengen wij u op de hoogte.

        Deze doorverwijzing gebeurt in het kader van het protocol tussen Opgroeien regie en OCMW Kluisbergen,
        ondertekend op 27 december 2023 en van kracht sinds 1 januari 2024.

        Met vriendelijke groeten,

        Kind en Gezin Scheldeleie
        Opgroeien regie
        """;

    private const string Card = """
        BEGIN:VCARD
        VERSION:4.0
        KIND:individual
        FN:Özlem Janssens-Dubois
        N:Janssens-Dubois;Özlem;;;
        ADR;TYPE=home:;bus 3;Parklaan 121;Kluisbergen;;9690;België
        TEL;TYPE=cell;VALUE=uri:tel:+32-470-12-34-56
        EMAIL:ozlem.janssens@example.be
        LANG:nl
        NOTE:Doorverwijzing R-2026-000123 naar OCMW Kluisbergen
        REV:20260314T092653Z
        END:VCARD
        """;

    private const string Json = """
        {
          "schema": "https://opgroeien.be/doorverwijzing/v1",
          "reference": "R-2026-000123",
          "createdAt": "2026-03-14T09:26:53Z",
          "ocmw": { "id": "kluisbergen", "name": "OCMW Kluisbergen", "kbo": "0212.334.483" },
          "referringTeam": "Kind en Gezin Scheldeleie",
          "client": {
            "givenName": "Özlem",
            "familyName": "Janssens-Dubois",
            "address": { "street": "Parklaan", "number": "121", "box": "3", "postalCode": "9690", "municipality": "Kluisbergen", "country": "BE" },
            "phone": "+32470123456",
            "email": "ozlem.janssens@example.be"
          },
          "consent": {
            "informed": true,
            "given": true,
            "method": "mondeling",
            "date": "2026-03-12",
            "statementVersion": "2026-01"
          },
          "protocol": { "signedOn": "2023-12-27", "inForceFrom": "2024-01-01", "noticeMonths": 3 },
          "reporting": "Meld onjuiste of verouderde gegevens met vermelding van de referentie R-2026-000123."
        }
        """;
}
