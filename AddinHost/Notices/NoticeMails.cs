using System.Globalization;
using OutlookReferralAddin.AddinHost.Incidents;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.EntryChecks;

namespace OutlookReferralAddin.AddinHost.Notices;

/// <summary>
/// The notices about a referral that was sent earlier. References, dates and codes only: the OCMW and the DPOs find
/// the client through the reference in their own files; no name, address or passphrase goes into a notice.
/// </summary>
internal static class NoticeMails
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static ReferralMail Withdrawal(string reference, string recipient, OcmwProtocol? protocol, DateOnly withdrawnOn) =>
        new(reference, recipient, $"Intrekking toestemming – ref. {reference}", WithdrawalBody(reference, protocol?.ForMail(), withdrawnOn), null, null)
        {
            FileStem = $"{reference}-intrekking",
        };

    /// <summary>
    /// <paramref name="socialService"/>: article 9 names the social service's mailbox as this party's contact (Kluisbergen
    /// does), so the notice greets the social service, not a data protection officer who does not read that mailbox.
    /// </summary>
    public static ReferralMail Incident(
        string reference, Guid incidentId, DpoContact dpo, bool socialService, IncidentKind kind, DateTimeOffset occurredAt, DateTimeOffset reportedAt, int index) =>
        new(reference, dpo.Email, $"Incident gegevensdeling – ref. {reference}", IncidentBody(reference, dpo with { Organisation = EntryText.ForMail(dpo.Organisation, EntryText.MaxOrganisationLength) }, socialService, kind, occurredAt, reportedAt), null, null)
        {
            FileStem = $"{reference}-incident-{incidentId:N}-{index}",
        };

    /// <summary>The Dutch name of each kind, as the task pane and the admin page also show it.</summary>
    public static string Describe(IncidentKind kind) => kind switch
    {
        IncidentKind.WrongAddress => "verzonden naar een verkeerd adres",
        IncidentKind.PassphraseByEmail => "wachtwoord per e-mail verstuurd",
        IncidentKind.ArchiveSharedWrongly => "archief verkeerd gedeeld",
        _ => "ander incident",
    };

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Brussels).ToString("d MMMM yyyy 'om' HH:mm", Dutch);

    private static string WithdrawalBody(string reference, OcmwProtocol? protocol, DateOnly withdrawnOn) => $"""
        Beste collega van de sociale dienst{(protocol is null ? "" : $" van {protocol.Name}")},

        De cliënt van de doorverwijzing met referentie {reference} heeft op {withdrawnOn.ToString("d MMMM yyyy", Dutch)}
        de toestemming ingetrokken om zijn of haar gegevens met het OCMW te delen.

        Wat vragen we u?
        Verwijder de gegevens die u met deze doorverwijzing ontving (het archief en wat u eruit overnam), zoals
        artikel 3 van het protocol voor gegevensdeling voorschrijft, tenzij er intussen op vraag van de cliënt
        een cliëntdossier werd aangemaakt. Vermeld bij vragen alleen de referentie {reference}, geen persoonsgegevens.

        Deze e-mail bevat geen persoonsgegevens. Hij werd automatisch opgesteld door de doorverwijstoepassing van Opgroeien.
        """;

    private static string IncidentBody(
        string reference, DpoContact dpo, bool socialService, IncidentKind kind, DateTimeOffset occurredAt, DateTimeOffset reportedAt) => $"""
        Beste {(socialService ? "collega van de sociale dienst" : "functionaris voor gegevensbescherming")} van {dpo.Organisation},

        Bij de doorverwijzing met referentie {reference} werd een incident gemeld (artikel 9 van het protocol).
        Soort incident: {Describe(kind)}
        Gebeurd op: {Local(occurredAt)}
        Gemeld op: {Local(reportedAt)}

        Als het om een inbreuk in verband met persoonsgegevens gaat, loopt de termijn van 72 uur om ze bij de
        toezichthoudende autoriteit te melden (artikel 33 AVG). Neem contact op met de andere partij van het protocol
        en vermeld alleen de referentie {reference}, geen persoonsgegevens.

        Deze e-mail bevat geen persoonsgegevens. Hij werd automatisch opgesteld door de doorverwijstoepassing van Opgroeien.
        """;
}
