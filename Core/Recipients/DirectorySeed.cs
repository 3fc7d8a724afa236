namespace OutlookReferralAddin.Core.Recipients;

/// <summary>The two signed protocols (see shared DESIGN.md: the OCR'd scans have errors, these values are right). The phone numbers and team
/// mailboxes are not in the protocols: they are plausible placeholders, seeded in Development only (the host seeds the
/// entries without them elsewhere, so that no invented number is ever called).</summary>
public static class DirectorySeed
{
    public static IReadOnlyList<OcmwProtocol> Protocols { get; } =
    [
        new(
            Id: "kluisbergen",
            Name: "OCMW Kluisbergen",
            KboNumber: "0212.334.483",
            Address: "Parklaan 16, 9690 Kluisbergen",
            ReferringTeam: "Kind en Gezin Scheldeleie",
            Mailboxes: ["socialedienst@kluisbergen.be"],
            Domains: ["kluisbergen.be"],
            PostalCodes: ["9690"],
            SignedOn: new DateOnly(2023, 12, 27),
            InForceFrom: new DateOnly(2024, 1, 1),
            NoticeMonths: 3,
            EndedOn: null,
            OpgroeienDpo: new DpoContact("Opgroeien regie", "dpo@opgroeien.be"),
            OcmwDpo: new DpoContact("OCMW Kluisbergen", "socialedienst@kluisbergen.be"),
            Contacts: new ContactPoints("+3255389410", "scheldeleie@kindengezin.be", "+3255334700")),
        new(
            Id: "tessenderlo-ham",
            Name: "OCMW Tessenderlo-Ham",
            KboNumber: "0216.772.234",
            Address: "Markt 15a, 3980 Tessenderlo-Ham",
            ReferringTeam: "Kind en Gezin West-Limburg",
            Mailboxes: ["socialedienst@tessenderlo-ham.be"],
            Domains: ["tessenderlo-ham.be"],
            PostalCodes: ["3980", "3945"],
            SignedOn: new DateOnly(2026, 2, 24),
            InForceFrom: new DateOnly(2026, 2, 1),
            NoticeMonths: 6,
            EndedOn: null,
            OpgroeienDpo: new DpoContact("Opgroeien regie", "dpo@opgroeien.be"),
            OcmwDpo: new DpoContact("OCMW Tessenderlo-Ham", "privacy@tessenderlo-ham.be"),
            Contacts: new ContactPoints("+3213661715", "westlimburg@kindengezin.be", "+3211426080")),
    ];
}
