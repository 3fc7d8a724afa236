using System.Globalization;
using System.Text;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.EntryChecks;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>
/// The verification mail and its archive. Same path and format as a referral (AES-256 7z, passphrase by phone), but no
/// client data: the archive holds the code and what to do with it; the mail body says what the archive is.
/// </summary>
internal static class VerificationMail
{
    public const string DocumentName = "verificatie.txt";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string AttachmentName(string reference) => $"verificatie-{reference}.7z";

    public static ReferralMail Compose(string reference, string mailbox, OcmwProtocol protocol, byte[] archive) =>
        new(reference, mailbox, $"Verificatie van uw mailbox voor doorverwijzingen van Opgroeien – ref. {reference}",
            Body(reference, protocol.ForMail()), AttachmentName(reference), archive);

    public static EncryptedArchive Archive(
        string reference, string code, string mailbox, OcmwProtocol protocol, string administrator, DateTimeOffset sentAt, string passphrase)
    {
        var text = Document(reference, code, mailbox, protocol.ForMail(), administrator, sentAt).ReplaceLineEndings("\r\n");
        return SevenZipAesArchive.Create([new ArchiveEntry(DocumentName, Encoding.UTF8.GetBytes(text), sentAt)], passphrase);
    }

    private static string Document(string reference, string code, string mailbox, OcmwProtocol protocol, string administrator, DateTimeOffset sentAt) => $"""
        Verificatie van de mailbox van de sociale dienst van {protocol.Name}
        Referentie: {reference}
        Verstuurd op: {sentAt.ToString("d MMMM yyyy", Dutch)}

        UW CODE: {code}

        Wat is dit?
        Opgroeien regie en {protocol.Name} hebben een protocol voor gegevensdeling ondertekend. Kind en Gezin
        ({protocol.ReferringTeam}) zal doorverwijzingen van gezinnen naar de sociale dienst sturen op het adres
        {mailbox}, altijd als een versleuteld 7-Zip-archief zoals dit.
        Voor de eerste doorverwijzing controleren we of dit adres echt van uw sociale dienst is, of uw mailfilter
        een versleuteld archief doorlaat en of u het kunt openen. Dit archief bevat geen gegevens van cliënten.

        Wat moet u doen?
        Een tweede beheerder van Opgroeien belt uw sociale dienst ({Phone(protocol)}) en vraagt naar referentie
        {reference}: lees hem of haar de code hierboven voor. Geef de code niet aan {administrator}, die dit
        archief verstuurde en u het wachtwoord gaf: wie het archief verstuurde, mag de code niet zelf ingeven
        (vier ogen). Zodra de tweede beheerder de code heeft ingegeven, kunnen medewerkers van Kind en Gezin
        doorverwijzingen naar deze mailbox sturen. Het wachtwoord van latere archieven krijgt u telefonisch van de medewerker die
        het gezin doorverwijst.

        Kreeg u dit archief onverwacht, of hoort dit adres niet bij de sociale dienst? Geef dan de code niet door
        en meld het aan Opgroeien regie ({protocol.OpgroeienDpo.Email}) met vermelding van referentie {reference}.
        """;

    /// <summary>The number the passphrase is read to, as people write it (sending is refused without one).</summary>
    private static string Phone(OcmwProtocol protocol) =>
        protocol.Contacts?.SocialServicePhone is { } phone ? PhoneRules.DisplayNational(phone) : "(geen nummer in de lijst)";

    // One paragraph per line, as in the referral mail: the mail client wraps it to its own window.
    private static string Body(string reference, OcmwProtocol protocol) => $"""
        Beste collega van de sociale dienst van {protocol.Name},

        Opgroeien regie zal doorverwijzingen van gezinnen naar deze mailbox sturen, volgens het protocol voor gegevensdeling met {protocol.Name}. Voor de eerste doorverwijzing controleren we dit adres.
        Referentie: {reference}

        Wat zit er in de bijlage?
        Het bestand {AttachmentName(reference)} is een 7-Zip-archief, versleuteld met AES-256, zoals elke latere doorverwijzing. Het bevat geen gegevens van cliënten, alleen een korte code en uitleg.

        Het wachtwoord
        Het wachtwoord staat niet in deze e-mail. De afzender van deze e-mail belt het u door op het nummer dat voor uw sociale dienst in de lijst staat: {Phone(protocol)}. Is dat niet uw nummer, meld het dan aan Opgroeien regie ({protocol.OpgroeienDpo.Email}) met vermelding van referentie {reference}.

        Wat moet u doen?
        1. Sla de bijlage op en open ze met 7-Zip (rechtermuisknop > 7-Zip > Uitpakken); Windows Verkenner kan dit archief niet openen.
        2. Typ het wachtwoord dat u telefonisch kreeg.
        3. Open {VerificationMail.DocumentName}. Een tweede beheerder van Opgroeien belt u voor de code, met vermelding van referentie {reference}; lees ze hem of haar voor. Geef ze niet aan de afzender van deze e-mail: wie het archief verstuurde, mag de code niet zelf ingeven.

        Kwam deze e-mail niet aan in uw gewone postvak, maar in quarantaine? Laat uw mailfilter dan versleutelde 7-Zip-archieven van Opgroeien doorlaten: alle doorverwijzingen komen in die vorm.

        Deze e-mail werd automatisch opgesteld door de doorverwijstoepassing van Opgroeien.
        """;
}
