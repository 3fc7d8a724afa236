namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// The fixed paragraphs of doorverwijzing.txt: legal basis (recital C), retention (article 3), reporting
/// wrong data (article 7, worded once in <see cref="OcmwGuidance"/> for the mail too) and the passphrase's
/// separate channel (article 6). Worded after the protocols.
/// </summary>
internal static class ReferralNotices
{
    public static IEnumerable<string> Lines(string reference, ReferringContact contact) =>
    [
        "",
        "RECHTSGROND",
        "Deze gegevens worden gedeeld op grond van artikel 10/1 van het decreet van 30 april 2004 tot oprichting",
        "van het intern verzelfstandigd agentschap met rechtspersoonlijkheid Opgroeien regie, binnen het protocol",
        "dat Opgroeien regie en uw OCMW sloten conform artikel 8, §1, van het decreet van 18 juli 2008 betreffende",
        "het elektronische bestuurlijke gegevensverkeer. Alleen voornaam en naam en de contactgegevens (adres,",
        "telefoonnummer, e-mailadres) worden gedeeld (artikel 3 van het protocol).",
        "",
        "BEWAARTERMIJN (artikel 3 van het protocol)",
        "Het OCMW bewaart deze gegevens tot er contact met de cliënt is geweest en duidelijk is of de cliënt",
        "verdere hulp- en dienstverlening wenst. Wenst de cliënt dat niet, dan worden de gegevens verwijderd.",
        "Wenst de cliënt wel verdere hulp- en dienstverlening, dan maakt het OCMW een cliëntdossier aan; de",
        "gegevens in dat dossier worden bewaard volgens de archiveringsrichtlijnen voor sociale dossiers van",
        "OCMW's (10 jaar na het afsluiten van het dossier).",
        "",
        "FOUTIEVE OF VEROUDERDE GEGEVENS (artikel 7 van het protocol)",
        .. OcmwGuidance.WrongData(reference, contact),
        "",
        "WACHTWOORD VAN HET ARCHIEF",
        "Het wachtwoord van dit archief kreeg u telefonisch van de verzendende medewerker. Het staat nooit in de",
        "e-mail. Bewaar het niet samen met het archief en geef het niet door.",
        "",
        "Met vriendelijke groeten,",
        "Opgroeien regie - Kind en Gezin",
    ];
}
